import Testing
@testable import ClaimlineCore

@Suite struct SegmenterTests {
    func split(_ s: String) -> [String] { Segmenter().split(s) }

    @Test(arguments: [
        ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
        ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
        ("Please turn to p. 55.", ["Please turn to p. 55."]),
        ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.", ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
        ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
        ("I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]),
        ("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.", ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."]),
        ("She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
        ("She turned to him, \"This is great.\" She held the book out to show him.", ["She turned to him, \"This is great.\"", "She held the book out to show him."]),
        ("Hello!? Is that you?", ["Hello!?", "Is that you?"]),
        ("1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
        ("a. The first item b. The second item c. The third list item", ["a. The first item", "b. The second item", "c. The third list item"]),
        ("I never meant that.... She left the store.", ["I never meant that....", "She left the store."]),
        ("We make a good team, you and I. Did you see Albert I. Jones yesterday?", ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
    ])
    func goldenRules(_ text: String, _ expected: [String]) {
        #expect(split(text) == expected)
    }

    @Test(arguments: [
        ("The deal was advised by Goldman, Sachs & Co. Georgia-Pacific's advisers declined to comment.", 2),
        ("It was led by BankAmerica Corp. Georgia-Pacific owns the rest.", 2),
        ("He spoke about foreign exchange. Mr. Salinas needs the money.", 2),
        ("The firm is Tucker Anthony & R.L. Day in Boston.", 1),
        ("Soybeans dropped 90 cents to $90.20. Soybeans averaged more last year.", 2),
        ("\"Is the price low enough?\" he asked.", 1),
        ("\"We will put it into the record,\" says Judge Jenkins.", 1),
        ("It spun off.... And what about the rest?", 2),
        ("The team is ranked No. 3 in the country.", 1),
        ("Write to jane.doe@example.com. She answers fast.", 2),
        ("He wrote: the plan is dead. Nobody argued.", 2),
        ("COFFEE: Futures prices rose slightly in a market that was quiet.", 2),
        ("The mayor said: “We will rebuild.”", 1),
        ("The plant is in Franklin Park, Ill. RJR's debentures fell.", 2),
        ("It was founded in Purchase, N.Y. Aetna owns it now.", 2),
        ("The index closed at 1466.29, up only 3.36. Traders said turnover was thin.", 2),
        ("Costs rose 4.7%. Ajinomoto predicted more.", 2),
        ("\"We are waiting for counterbids,\" said one analyst. \" International Paper could bid.", 2),
    ])
    func newsCases(_ text: String, _ count: Int) {
        #expect(split(text).count == count, "\(split(text))")
    }

    @Test func sentencesNeverCrossParagraphsAndOffsetsAreCodePoints() {
        let doc = Fixtures.document(text: "“Ça va,” dit-il. Oui.\n\nDeuxième paragraphe sans point")
        let out = SegmentStage().process(doc)
        #expect(out.sentences.map(\.paragraph) == [0, 0, 1])
        let scalars = Array(doc.text.unicodeScalars)
        for s in out.sentences {
            #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
        }
        #expect(out.sentences.map(\.index) == [0, 1, 2])
    }

    /// The segmenter reads UTF-8 eight bytes at a time: every kind of white space, and
    /// multi-byte characters on either side of a chunk's edge, must split and count the same.
    @Test(arguments: ["\u{20}", "\u{A0}", "\u{2009}", "\u{3000}", "\u{202F}", "\t", "\u{2028}"])
    func everyWhiteSpaceSeparatesWordsAndOffsetsStayCodePoints(_ space: String) {
        for pad in 0..<9 {
            let lead = String(repeating: "é", count: pad)
            let text = "\(lead)Prices rose 5%.\(space)“Tariffs hurt,” said Ms.\(space)Lee 🇨🇳.\(space)He left"
            let sentences = Segmenter().split(text)
            #expect(sentences == ["\(lead)Prices rose 5%.", "“Tariffs hurt,” said Ms.\(space)Lee 🇨🇳.", "He left"], "\(pad)")
            let doc = Fixtures.document(text: text + "\n\nNext paragraph.")
            let out = SegmentStage().process(doc)
            let scalars = Array(doc.text.unicodeScalars)
            #expect(out.sentences.count == 4)
            for s in out.sentences {
                #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
            }
        }
    }

    @Test func wordsWithUpperCaseAndPossessivesAreLookedUpInAnyCase() {
        #expect(split("He moved to the U.S. THE END came later.").count == 2)
        #expect(split("He moved to the U.S. He’s happy there.").count == 2)
        #expect(split("Shares of ACME CORP. Rose sharply.").count == 2)
        #expect(split("They met Sen. Warren on Tuesday.").count == 1)
        #expect(split("They met SEN. Warren on Tuesday.").count == 1)
    }
}
