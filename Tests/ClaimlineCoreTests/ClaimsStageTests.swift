import Foundation
import Testing
@testable import ClaimlineCore

@Suite struct ClaimsStageTests {
    func claims(_ text: String, title: String? = nil) -> [Claim] {
        let doc = Fixtures.document(text: text, title: title)
        return (try! ClaimsStage()).process(SegmentStage().process(doc)).claims
    }

    /// The claims that somebody made: the article's own statements left out.
    func attributed(_ text: String) -> [Claim] { claims(text).filter { $0.kind != .unattributed } }

    /// What the first speaker mention written `mention` resolves to.
    func resolved(_ text: String, _ mention: String) -> String? { claims(text).first { $0.speaker?.text == mention }?.speaker?.resolved }

    func seedClaims() throws -> (Document, [Claim]) {
        let raw = try Fixtures.raw("tariff-talks.txt")
        let doc = try CleanStage().process(raw)
        return (doc, (try! ClaimsStage()).process(SegmentStage().process(doc)).claims)
    }

    /// The user's article: the 18 attributions the claims issue lists, as (kind, speaker or
    /// resolved name contains, cue, content contains).
    static let expected: [(Claim.Kind, String, String, String)] = [
        (.mixed, "Commerce Ministry", "according to", "is currently “evaluating” an offer"),
        (.mixed, "Commerce Ministry", "cautioned", "not to resort to “extortion and coercion”"),
        (.indirect, "Chinese Commerce Ministry", "revealed", "the US had reached out to China"),
        (.indirect, "social media account", "reported", "Washington had shown interest in talks"),
        (.indirect, "Donald Trump", "claimed", "negotiations had already begun"),
        (.indirect, "Beijing", "denied", "negotiations had already begun"),
        (.indirect, "statement", "indicated", "the US had made several attempts"),
        (.mixed, "Beijing", "made it clear", "it was “evaluating” the offer"),
        (.indirect, "Beijing", "stressing", "the use of talks as a means of coercion"),
        (.direct, "statement", "said", "Any attempt to use negotiations as a cover"),
        (.indirect, "statement", "urging", "the US to take corrective actions"),
        (.indirect, "China", "emphasized", "Washington needed to show genuine sincerity"),
        (.indirect, "China", "assert", "it is not actively seeking to negotiate"),
        (.indirect, "Beijing", "criticized", "unfair bullying measures"),
        (.indirect, "Scott Bessent and Kevin Hassett", "expressed hope", "the trade tensions can be eased"),
        (.indirect, "Scott Bessent", "stated", "he was confident China would seek a deal"),
        (.mixed, "Donald Trump", "stating", "“very good chance”"),
        (.indirect, "Xi Jinping", "urged", "officials to adapt to changes"),
    ]

    @Test func findsTheAttributionsOfTheUsersArticle() throws {
        let (_, claims) = try seedClaims()
        var found = 0
        for (kind, speaker, cue, content) in Self.expected {
            let hit = claims.contains { c in
                c.kind == kind && c.cue?.text == cue && c.text.contains(content)
                    && ((c.speaker?.text.contains(speaker) ?? false) || (c.speaker?.resolved?.contains(speaker) ?? false))
            }
            if hit { found += 1 } else { print("missing: \(kind) \(speaker) \(cue) — \(content)") }
        }
        #expect(found >= 16, "found \(found) of 18")
    }

    @Test func seedArticleDetails() throws {
        let (doc, claims) = try seedClaims()
        let headlineEnd = doc.paragraphs[0].upperBound
        #expect(!claims.contains { $0.start < headlineEnd }, "a claim from the headline")
        let first = try #require(claims.first { $0.cue?.text == "according to" })
        #expect(first.quantities.first?.value == 145)
        #expect(first.quantities.first?.unit == "percent")
        #expect(first.speaker?.resolved == "China’s Commerce Ministry")
        let denial = try #require(claims.first { $0.cue?.text == "denied" })
        #expect(denial.stance == .denies)
        let hope = try #require(claims.first { $0.cue?.text == "expressed hope" })
        #expect(hope.stance == .hedges)
        let bessent = try #require(claims.first { $0.cue?.text == "stated" })
        #expect(bessent.types.contains("prediction"))
        let trump = try #require(claims.first { $0.cue?.text == "stating" })
        #expect(trump.stance == .hedges && trump.types.contains("prediction"))
    }

    @Test func offsetsPointAtTheirText() throws {
        let (doc, claims) = try seedClaims()
        let scalars = Array(doc.text.unicodeScalars)
        func at(_ s: Int, _ e: Int) -> String { String(String.UnicodeScalarView(scalars[s..<e])) }
        for c in claims {
            #expect(at(c.start, c.end) == c.text)
            if let s = c.speaker { #expect(at(s.start, s.end) == s.text) }
            if let q = c.cue { #expect(at(q.start, q.end) == q.text) }
            for q in c.quantities { #expect(at(q.start, q.end) == q.text) }
            #expect((0...1).contains(c.checkworthiness))
        }
        #expect(claims.count > 10)
        #expect(claims.enumerated().allSatisfy { $0.element.id == "\(doc.id)#\($0.offset)" })
    }

    /// Rules index tokens around cues, quotation marks, dashes and brackets: random texts made
    /// of exactly those must never trap, and every span must still point at its text.
    @Test func randomTextsOfCuesQuotesAndMarksNeverTrap() {
        let pieces = """
        said says told according to that he she they Mr. Smith Jr. Sen. John (R-OH) , , . . : ; — -- - “ ” " '' ' ’s 3         45 percent $3.2 billion one several officials argue think the a who, however, on Friday Hours later reported         found shows claim note Editor’s and but adding ( ) ? ! ― Trump ministry about half WALLACE:
        """.split(separator: " ").map(String.init)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        // Found this way: a closing bracket opening the text, before a cue.
        #expect(claims(") said the plan would work as intended.").allSatisfy { $0.end > $0.start })
        for _ in 0..<400 {
            let text = (0...next(5)).map { _ in (0...next(40)).map { _ in pieces[next(pieces.count)] }.joined(separator: " ") }.joined(separator: "\n\n")
            let scalars = Array(Fixtures.document(text: text).text.unicodeScalars)
            for c in claims(text) {
                #expect(c.start < c.end && c.end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text)
            }
        }
    }

    @Test func quoteWithSpeakerAfterAndBefore() {
        let after = claims("“We will not raise taxes this year,” said Finance Minister Ana Lima.")
        let a = after.first { $0.kind == .direct }
        #expect(a?.speaker?.text == "Finance Minister Ana Lima")
        #expect(a?.speaker?.resolved == "Ana Lima")
        #expect(a?.cue?.lemma == "say")
        let before = claims("The mayor said: “The budget is balanced for the first time in a decade.”")
        #expect(before.first { $0.kind == .direct }?.speaker?.text == "The mayor")
    }

    @Test func quoteSplitByItsCueIsTwoStatementsOfOneSpeaker() {
        let cs = claims("“My hope,” he said, “is that the museum helps us listen to each other.”")
        let direct = cs.filter { $0.kind == .direct }
        #expect(direct.map(\.text) == ["“My hope,”", "“is that the museum helps us listen to each other.”"])
        #expect(direct.allSatisfy { $0.speaker?.text == "he" && $0.cue?.text == "said" })
    }

    @Test func aQuotationTheWritersSentenceLeadsIntoIsMixed() {
        let that = claims("Trump told Fox that “they hit Matt because he should have been much tougher.”")
        #expect(that.first?.kind == .mixed)
        #expect(that.first?.speaker?.text == "Trump")
        let called = claims("The council pledged sanctions against what it called “a clear threat to international peace.”")
        #expect(called.first?.kind == .mixed)
        let spoken = claims("The mayor said: “The budget is balanced for the first time in a decade.”")
        #expect(spoken.first?.kind == .direct)
        // Two words are enough when one is quoted.
        let unhinged = claims("On Twitter, Jeb Bush called Trump “unhinged.”")
        #expect(unhinged.map(\.kind) == [.mixed])
        #expect(unhinged.first?.speaker?.text == "Jeb Bush")
        #expect(unhinged.first?.cue?.text == "called")
    }

    @Test func aQuestionPutToTheSpeakerIsReportedSpeechOfItsOwn() {
        let asked = claims("Asked by Matt Lauer whether she had practiced her speech, she said she had read it only once.")
        #expect(asked.map(\.cue?.text) == ["Asked", "said"])
        #expect(asked.first?.text == "whether she had practiced her speech")
        #expect(asked.first?.speaker?.text == "Matt Lauer")
        #expect(asked.first?.types == ["question"])
        #expect(asked.first?.stance == .hedges)
        // The question is not what the answer's speaker said.
        let poll = claims("Asked if her email practices were illegal, 46 percent said yes.")
        #expect(poll.filter { $0.kind != .unattributed }.map(\.text) == ["if her email practices were illegal"])
        #expect(poll.first?.speaker == nil)
        let when = claims("The governor said he had no regrets when asked about his own contradictions.")
        #expect(when.map(\.cue?.text) == ["said", "asked"])
        // Nor is a cue inside the question reported.
        let believed = claims("Asked whether she believed Putin wanted Trump to win, Clinton said she would not jump to that conclusion.")
        #expect(believed.map(\.cue?.text) == ["Asked", "said"])
        #expect(claims("She was asked to leave the room before the vote.").allSatisfy { $0.kind == .unattributed })
    }

    @Test func whatAPollFoundIsThePolls() {
        let cbs = claims("In the latest CBS poll, conducted in March, Trump’s lead over Cruz narrowed to 13 points.")
        #expect(cbs.first?.speaker?.text == "the latest CBS poll")
        #expect(cbs.first?.cue?.text == "In")
        #expect(cbs.first?.text == "Trump’s lead over Cruz narrowed to 13 points")
        let ahead = claims("Mr. Trump is ahead in public opinion polls from Quinnipiac and Fox News.")
        #expect(ahead.first?.text == "Mr. Trump is ahead")
        #expect(ahead.first?.speaker?.text == "public opinion polls from Quinnipiac and Fox News")
        // A poll inside the speaker's phrase is no source of its own.
        #expect(!claims("Forty percent of those who took part in the survey said they would vote.").contains { $0.cue?.lemma == "in" })
        #expect(!claims("Kasich finished ahead of Clinton in hypothetical matchups in the state.").contains { $0.cue?.lemma == "in" })
        // "in the polls", "in national polling": a standing in the writer's words.
        #expect(claims("Mrs. Clinton enjoys a strong lead in the polls.").allSatisfy { $0.kind == .unattributed })
        #expect(claims("But he quickly slid in national polling after the debate.").allSatisfy { $0.kind == .unattributed })
        #expect(claims("She was about 40 points ahead of Sanders in polls taken this month.").first?.cue?.lemma == "in")
    }

    @Test func reportedlyAndAllegedlyPassOnWhatOthersSaid() {
        let fbi = claims("The FBI is reportedly making arrangements to interview Hillary Clinton.")
        #expect(fbi.map(\.kind) == [.indirect])
        #expect(fbi.first?.cue?.text == "reportedly")
        #expect(fbi.first?.speaker == nil)
        #expect(claims("Roof bought the gun he allegedly used in the attack.").first?.stance == .hedges)
        // Inside a quotation the adverb is the speaker's.
        let quoted = claims("“He reportedly left early,” the mayor said of the governor.")
        #expect(quoted.map(\.cue?.text) == ["said"])
    }

    @Test func seeingSomethingAsSomethingIsAView() {
        let experts = claims("Experts see the elections held Sunday as a test of whether the generals will loosen their grip.")
        #expect(experts.first?.speaker?.text == "Experts")
        #expect(experts.first?.cue?.lemma == "see")
        #expect(experts.first?.stance == .hedges)
        #expect(experts.first?.text == "the elections held Sunday as a test of whether the generals will loosen their grip")
        // Seeing without "as", or "as" of time, is no view.
        #expect(claims("Reporters saw the senator leave the building through a side door.").allSatisfy { $0.kind == .unattributed })
        #expect(claims("I saw him as he walked into the crowded room.").allSatisfy { $0.kind == .unattributed })
    }

    @Test func whatIsExpectedIsAPredictionOfNobodyNamed() {
        let fed = claims("The central bank is widely expected to raise its interest rate in December.")
        #expect(fed.map(\.kind) == [.indirect])
        #expect(fed.first?.cue?.text == "is widely expected")
        #expect(fed.first?.speaker == nil)
        #expect(fed.first?.types.contains("prediction") == true)
        // A cue of its own wins; inside a quotation the words are the speaker's.
        #expect(claims("Officials said the bank is expected to raise its rate in December.").map(\.cue?.text) == ["said"])
        #expect(claims("“Florida is expected to be the hardest hit by the virus,” Rubio wrote.").map(\.cue?.text) == ["wrote"])
    }

    @Test func anAimSomebodySoughtIsAttributed() {
        let sought = claims("She sought to rally older, rural and working-class white Democrats.")
        #expect(sought.first?.cue?.lemma == "seek")
        #expect(sought.first?.speaker?.text == "She")
        #expect(claims("Some of the golf courses sought bankruptcy protection last year.").allSatisfy { $0.kind == .unattributed })
    }

    @Test func evidenceSomebodyPointsToIsWhatTheySay() {
        let pointed = claims("Clinton pointed to the nine different times Sanders has laid out a health care plan.")
        #expect(pointed.first?.cue?.text == "pointed to")
        #expect(pointed.first?.speaker?.text == "Clinton")
        #expect(pointed.first?.text == "the nine different times Sanders has laid out a health care plan")
    }

    @Test func aTitleInQuotationMarksIsNotAStatement() {
        let show = claims("In an interview on CBS’s “Face the Nation,” Speaker Paul Ryan said the recent protests demand more listening.")
        #expect(!show.contains { $0.text.contains("Face the Nation") })
        #expect(show.first?.speaker?.text == "Speaker Paul Ryan")
        let book = claims("His second book, “Make Your Kid a Millionaire,” sold well in Ohio.")
        #expect(!book.contains { $0.kind == .direct })
        let slogan = claims("“Keep the change and keep it quiet,” she said.")
        #expect(slogan.first?.kind == .direct)
    }

    @Test func aParticipleAfterAQuotationAddsContentNotASpeaker() {
        let cs = claims("In a statement, Peabody said: \"Patriot Coal was highly successful as an independent company a decade ago,\" adding that the market has changed.")
        let quote = cs.first { $0.cue?.text == "said" }
        #expect(quote?.kind == .direct)
        #expect(quote?.speaker?.text == "Peabody")
        let added = cs.first { $0.cue?.text == "adding" }
        #expect(added?.text == "the market has changed")
        #expect(added?.speaker?.text == "Peabody")
    }

    @Test func aColonAfterWhomTheyAddressedOpensTheQuotation() {
        let cs = claims("Sen. Claire McCaskill scolded him: “The scientific community is almost monolithic against you.”")
        #expect(cs.first?.kind == .direct)
        #expect(cs.first?.speaker?.text == "Sen. Claire McCaskill")
        #expect(cs.first?.cue?.lemma == "scold")
    }

    @Test func aTimeAfterTheCueIsNotTheContent() {
        let friday = claims("Sheldon Adelson said on Friday he met presidential candidate Donald Trump earlier this week.")
        #expect(friday.first?.text == "he met presidential candidate Donald Trump earlier this week")
        let thursday = claims("Rep. Tom Cole said Thursday his biggest worry about Trump is that he is unpredictable.")
        #expect(thursday.first?.text == "his biggest worry about Trump is that he is unpredictable")
        let published = claims("A news report published Wednesday said the secretary used a personal email account.")
        #expect(published.first?.speaker?.text == "A news report published")
    }

    /// An adverb of manner or time between the cue and "that" says how or when, not what.
    @Test func anAdverbBeforeThatIsNotTheContent() {
        #expect(claims("Mr. Sanders argued insistently that he would be a superior candidate.").first?.text == "he would be a superior candidate")
        #expect(claims("Rubio and his advisers recognized long ago that he would lose a résumé contest.").first?.text == "he would lose a résumé contest")
        #expect(claims("Comey said only that her statements to the FBI were truthful.").first?.text == "her statements to the FBI were truthful")
    }

    @Test func aSubjectCarriesOverAdverbsContractionsAndBut() {
        #expect(claims("The British royal blankly denied having sex with her.").first?.speaker?.text == "The British royal")
        #expect(claims("Mr. Sanders implicitly criticizes Mr. Obama from the left.").first?.speaker?.text == "Mr. Sanders")
        let however = claims("Carter however said he would welcome China’s participation in a security network.")
        #expect(however.first?.speaker?.text == "Carter")
        let but = claims("Conway said that she recruited Bossie for the role, but hasn’t decided what she will do next.")
        #expect(but.count == 1)
        #expect(but.first?.text == "she recruited Bossie for the role, but hasn’t decided what she will do next")
        let said = claims("Carson admitted that the course name was inaccurate, but said his campaign had found the article.")
        #expect(said.map(\.cue?.text) == ["admitted", "said"])
        #expect(said.last?.speaker?.text == "Carson")
    }

    @Test func speakersWithSuffixesAgesRolesAndEarlierVerbs() {
        let jr = claims("Vice President Joseph R. Biden Jr. said the remarks had already made him a danger to allies.")
        #expect(jr.first?.speaker?.text == "Vice President Joseph R. Biden Jr.")
        // An inverted speaker's party tag keeps its abbreviation's period.
        let tag = claims("“If it’s not the first vote it should be at the very top of the list,” said Sen. Chris Murphy (D-Conn.).")
        #expect(tag.first?.speaker?.text == "Sen. Chris Murphy (D-Conn.)")
        #expect(tag.first?.speaker?.resolved == "Chris Murphy")
        // Ranks abbreviated with their period are titles too.
        let ranks = claims("Lt. Col. Alexander Vindman said the call was improper.\n\nAdm. Michael Rogers said the threat was real.")
        #expect(ranks.map(\.speaker?.resolved) == ["Alexander Vindman", "Michael Rogers"])
        let roles = claims("NASA Administrator Jim Bridenstine said the moon came first.\n\nCoach P.J. Fleck said Morgan has made progress this week.")
        #expect(roles.map(\.speaker?.resolved) == ["Jim Bridenstine", "P.J. Fleck"])
        let described = claims("Assemblywoman Claudia Tenney said the vote was close.\n\nBillionaire Mark Cuban said the deal was bad.")
        #expect(described.map(\.speaker?.resolved) == ["Claudia Tenney", "Mark Cuban"])
        // A quoted epithet before a name is the quoted speaker's word, not the name.
        let epithet = claims("He says, “Working that microphone was harder than working Crooked Hillary Clinton.”\n\nRival Hillary Clinton had mocked the complaint.\n\nClinton said the microphone was fine.")
        #expect(epithet.first { $0.kind == .indirect }?.speaker?.resolved == "Hillary Clinton")
        // A plural role before first names is no part of the first name.
        let plural = claims("Senators Charles E. Grassley and Patrick J. Leahy met on Monday.\n\nMr. Grassley said the bill would pass.")
        #expect(plural.first { $0.kind == .indirect }?.speaker?.resolved == "Charles E. Grassley")
        #expect(claims("White House Chief of Staff Denis McDonough said the talks were over.").first?.speaker?.resolved == "Denis McDonough")
        // "For" opening a sentence is no part of the name after it.
        let opener = claims("Donald J. Trump spoke first.\n\nFor Mr. Trump, the rally was a test.\n\nMr. Trump said the crowd was huge.")
        #expect(opener.first { $0.kind == .indirect }?.speaker?.resolved == "Donald J. Trump")
        // After a role's "to" or "of", the place or the body the role is of, then the name.
        let envoy = claims("The special envoy to Ukraine Kurt Volker said the talks were over.\n\nAmbassador to the EU Gordon Sondland said the aid was linked.\n\nVolker said the aid was never linked to the call.")
        #expect(envoy.map(\.speaker?.resolved) == ["Kurt Volker", "Gordon Sondland", "Kurt Volker"])
        let age = claims("Roxana M. Leon, 63, an independent voter raised in Chile, said she wanted major change in Washington.")
        #expect(age.first?.speaker?.text == "Roxana M. Leon, 63, an independent voter raised in Chile")
        let role = claims("Mr. Trump’s former campaign manager, Corey Lewandowski, said the staff member should be terminated.")
        #expect(role.first?.speaker?.text == "Mr. Trump’s former campaign manager, Corey Lewandowski")
        #expect(role.first?.text == "the staff member should be terminated")
        // Two reporting verbs of one subject: each says its own part.
        let and = claims("A spokesman for the mayor defended the march route and said the police had trained for months.")
        #expect(and.map(\.cue?.lemma) == ["defend", "say"])
        #expect(and.map(\.text) == ["the march route", "the police had trained for months"])
        #expect(and.map(\.speaker?.text) == ["A spokesman for the mayor", "A spokesman for the mayor"])
        // ", and that …" is a second statement of the same cue, kept in its content.
        let andThat = claims("A spokeswoman said listings are user generated, and that the company may reject any of them.")
        #expect(andThat.first?.text == "listings are user generated, and that the company may reject any of them")
        // A list's ", and" with a participle in it goes on; a participle after "for" is what
        // the object did, not the subject.
        let list = claims("The senator has attacked GOP voters, lawmakers, and thinkers for opposing mass migration policies.")
        #expect(list.map(\.text) == ["GOP voters, lawmakers, and thinkers for opposing mass migration policies"])
        let butQuote = claims("He said he had received offers for the gun, but “the offers were to use the gun in a fashion I did not feel comfortable with.”")
        #expect(butQuote.count == 1)
        #expect(butQuote.first?.kind == .mixed)
        // Before a participle, a verb and its object are what the subject did.
        let statement = claims("Within an hour, Senate leader Mitch McConnell issued a statement saying that the next president should fill the seat.")
        #expect(statement.first?.speaker?.resolved == "Mitch McConnell")
        #expect(claims("The senator issued a statement saying that the next president should fill the seat.").first?.speaker?.text == "The senator")
        // An irregular past tense too; and before a relative "who", the verb is not the speaker's.
        #expect(claims("The senator also sent a tweet saying that the next president should fill the seat.").first?.speaker?.text == "The senator")
        #expect(claims("He met Sen. Bernie Sanders, who said the pact would cost jobs.").first?.speaker?.text == "Sen. Bernie Sanders, who")
        // An adverb between the subject and the cue belongs to the verb.
        #expect(claims("She regularly tells audiences that she will build on his record.").first?.speaker?.text == "She")
        #expect(claims("He soon learned that the rules had changed over the summer.").first?.speaker?.text == "He")
        // The same after an opening connective.
        let but = claims("But the appeals court overruled and said the state already provided more early voting.")
        #expect(but.first?.speaker?.text == "the appeals court")
        #expect(but.first?.text == "the state already provided more early voting")
        // A comma that ends the main clause is no opening phrase's; a participle of saying after
        // it is the subject's, whatever the subject.
        let families = claims("The families have filed a lawsuit against Remington, alleging that the company marketed the rifle.")
        #expect(families.first?.speaker?.text == "The families")
        #expect(families.first?.text == "the company marketed the rifle")
        // The verb before "and" has the subject, not a cue in an earlier clause ("supported").
        let smiled = claims("When asked whom she supported, Ms. Sherry smiled and said, “I like him a lot.”")
        #expect(smiled.first?.speaker?.text == "Ms. Sherry")
        // Two people named in one appositive.
        let pair = claims("Clay's biographers, David and Jeanne Heidler, wrote that Taylor had a tin ear.")
        #expect(pair.first?.speaker?.text == "Clay's biographers, David and Jeanne Heidler")
        #expect(pair.first?.text == "Taylor had a tin ear")
    }

    /// Ways of speaking and "calls on": "“Out!” the crowd yelled", "assured the crowd that …".
    @Test func mannerOfSpeakingVerbsAttribute() {
        let yelled = claims("“Get out of here!” the crowd yelled at the reporters.")
        #expect(yelled.first?.kind == .direct)
        #expect(yelled.first?.speaker?.text == "the crowd")
        #expect(yelled.first?.cue?.lemma == "yell")
        let assured = claims("His office assured the committee that all of the claims in the suit are false.")
        #expect(assured.first?.cue?.lemma == "assure")
        #expect(assured.first?.text == "all of the claims in the suit are false")
        let callsOn = claims("The group is calling on the mayor to resign before the end of the month.")
        #expect(callsOn.first?.cue?.lemma == "call on")
        #expect(callsOn.first?.speaker?.text == "The group")
        // The nouns are no cues.
        #expect(claims("The debate turned into a shouting match between the two front-runners.").allSatisfy { $0.kind == .unattributed })
        // Saying again, and "calls" the verb after a clear subject; a phrase needs none.
        #expect(claims("He reiterated that there won't be a hearing on the nominee this year.").first?.cue?.lemma == "reiterate")
        #expect(claims("Geraldo Rivera calls the rancher a “fascist” and a “Stalinist.”").first?.cue?.lemma == "call")
        #expect(claims("The rare accord calls on all nations to limit emissions of carbon dioxide.").first?.cue?.lemma == "call on")
        #expect(claims("Mailers and phone calls reached voters in every county of the state.").allSatisfy { $0.kind == .unattributed })
        // A person after a form that is also a noun makes it the verb.
        let called = claims("After the debate, many commentators called him “the grownup on the stage” of the party.")
        #expect(called.first?.speaker?.text == "many commentators")
        #expect(claims("Among Democrats, two-thirds of caucus attendees described themselves as liberals.").first?.cue?.lemma == "describe")
        // What a remark was about.
        let about = claims("“He’s a sick man,” she said at the convention, referring to her father’s employment practices.")
        #expect(about.map(\.cue?.lemma) == ["say", "refer to"])
        #expect(about.last?.text == "her father’s employment practices")
    }

    @Test func stanceVerbsAttributeWhatTheSpeakerBacksOrAttacks() {
        let praised = claims("Republican leaders praised the agreement as a historic step for the region.")
        #expect(praised.first?.cue?.lemma == "praise")
        #expect(praised.first?.speaker?.text == "Republican leaders")
        #expect(praised.first?.text == "the agreement as a historic step for the region")
        let backed = claims("Hillary Clinton backed the deal after months of silence on the question.")
        #expect(backed.first?.cue?.lemma == "back")
        #expect(claims("Donald Trump backed out of the conference at the last minute on Friday.").allSatisfy { $0.kind == .unattributed })
        // "show up", "show off": another verb.
        #expect(claims("New voters kept showing up at the polls to vote for him in the primary.").allSatisfy { $0.kind == .unattributed })
        // A form in -ing after a determiner or an owner is a noun.
        #expect(claims("Her best showing is 10 percent in Vermont, home to the runner-up.").allSatisfy { $0.kind == .unattributed })
        #expect(claims("Recent polls showing Trump with a lead in Florida worried his rivals.").first?.cue?.lemma == "show")
        let endorsed = claims("The governor endorsed a plan to expand the state's rail network.")
        #expect(endorsed.first?.kind == .indirect)
        #expect(endorsed.first?.cue?.lemma == "endorse")
        #expect(endorsed.first?.speaker?.text == "The governor")
        // "support" as a noun is no cue.
        let share = claims("Clinton has 41 percent support among likely voters in the state.")
        #expect(share.map(\.kind) == [.unattributed])
    }

    @Test func anAsClauseAttributesTheMainClauseAndWhomSomebodyToldIsNoContent() {
        let asNoted = claims("As the International Business Times noted, Clinton raised more than $1.1 million from banks.")
        #expect(asNoted.first?.speaker?.text == "the International Business Times")
        #expect(asNoted.first?.text == "Clinton raised more than $1.1 million from banks")
        let butAs = claims("But as a Politico reporter noted, he didn’t even fill the hall that night.")
        #expect(butAs.first?.speaker?.text == "a Politico reporter")
        // With a clause of its own, the "as" clause says it up to its comma.
        let announces = claims("As President Obama announces that he is ready for the fight over guns, he is set to sign new orders.")
        #expect(announces.first?.text == "he is ready for the fight over guns")
        #expect(claims("As I said earlier, nobody else is talking about leadership in small firms.").first?.text == "nobody else is talking about leadership in small firms")
        let toldHim = claims("Immigration officials told him he had never been a U.S. citizen.")
        #expect(toldHim.first?.cue?.lemma == "tell")
        #expect(toldHim.first?.text == "he had never been a U.S. citizen")
        // Whom and where, and no clause: nothing was reported here.
        let whereOnly = claims("Clinton told reporters Friday at a convention of black and Hispanic journalists in Washington.")
        #expect(whereOnly.allSatisfy { $0.kind == .unattributed })
        let order = claims("Mr. Obama told his advisers to figure out how to enact deep emissions cuts without Congress.")
        #expect(order.first?.cue?.lemma == "tell")
        let toldThem = claims("The mayor told them the city would not pay for the stadium.")
        #expect(toldThem.first?.text == "the city would not pay for the stadium")
        // "her" as an owner: what she was told is not "husband …".
        let toldHer = claims("The doctor told her husband about the new treatment on Friday.")
        #expect(toldHer.allSatisfy { $0.kind == .unattributed })
    }

    /// What `resolved` leaves out: a sentence's opening word, a bracket, a company for "he",
    /// and an anonymous "Some".
    @Test func resolvedNamesLeaveOutOpenersBracketsAndCompanies() {
        let text = "Even Corey Lewandowski was surprised.\n\nMr. Lewandowski denied he was writing a book about the campaign."
        #expect(claims(text).first { $0.cue?.lemma == "deny" }?.speaker?.resolved == "Corey Lewandowski")
        // A surname that is a title too, after an honorific.
        let king = "Larry King hosted the show for 25 years.\n\nMr. King said he never prepared for an interview."
        #expect(claims(king).first { $0.cue?.lemma == "say" }?.speaker?.resolved == "Larry King")
        let company = "Ceres Robotics will build the lander.\n\nThe company's chief, Mark Lee, spoke next.\n\n“We are on schedule for the launch next spring,” he said."
        #expect(claims(company).first { $0.kind == .direct }?.speaker?.resolved == "Mark Lee")
        let ticker = claims("Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter.")
        #expect(ticker.first?.speaker?.resolved == "Home Depot")
        let tank = claims("The Institute for Fiscal Studies, a London-based think tank, concluded that the cost falls on consumers.")
        #expect(tank.first?.speaker?.resolved == "Institute for Fiscal Studies")
        let some = claims("Some said they felt dejected that they could not realise their dream.")
        #expect(some.first?.speaker?.text == "Some")
        #expect(some.first.map { $0.speaker?.resolved == nil } == true)
    }

    /// Where a role or a body is, and what a body's name goes on through, belong to the
    /// speaker: the place is not who speaks, and an institution keeps its whole name.
    @Test func speakersKeepTheirPlaceAndInstitutionsTheirWholeName() {
        let officials = claims("Officials in Washington said that the talks would resume.").first
        #expect(officials?.speaker?.text == "Officials in Washington")
        #expect(officials?.speaker?.resolved == "Officials")
        let analysts = claims("Analysts at Goldman Sachs said that growth would slow.").first
        #expect(analysts?.speaker?.text == "Analysts at Goldman Sachs")
        let spokesman = claims("A spokesman at the embassy in Beijing said the ambassador was ill.").first
        #expect(spokesman?.speaker?.text == "A spokesman at the embassy in Beijing")
        #expect(spokesman.map { $0.speaker?.resolved == nil } == true)
        let institute = claims("The National Institute on Drug Abuse has also estimated that 964,000 people reported a disorder.").first
        #expect(institute?.speaker?.resolved == "National Institute on Drug Abuse")
        #expect(claims("The Council on Foreign Relations warned that the talks could fail.").first?.speaker?.resolved == "Council on Foreign Relations")
        #expect(claims("The National Institutes of Health said the trial was halted.").first?.speaker?.resolved == "National Institutes of Health")
        #expect(claims("The Centers for Disease Control and Prevention said that flu cases rose.").first?.speaker?.resolved == "Centers for Disease Control and Prevention")
        // Without an article, a body's words that are titles before a person's name are still
        // its own.
        #expect(claims("American Airlines offered to fly the cat to Portland.").first?.speaker?.resolved == "American Airlines")
        #expect(claims("European Commission said the deal was fair.").first?.speaker?.resolved == "European Commission")
        #expect(claims("Chinese Commerce Ministry said the talks were over.").first?.speaker?.resolved == "Chinese Commerce Ministry")
        #expect(claims("German Marshall Fund said the talks were over.").first?.speaker?.resolved == "German Marshall Fund")
        // An adjective title ("American", "National") before a word of a name is that name's;
        // before a role or a first name it is not.
        #expect(claims("The National Guard said the roads were closed.").first?.speaker?.resolved == "National Guard")
        #expect(claims("American Express said the card was safe.").first?.speaker?.resolved == "American Express")
        #expect(claims("The U.S. Geological Survey said the quake was shallow.").first?.speaker?.resolved == "U.S. Geological Survey")
        #expect(claims("Russian President Vladimir Putin said the talks were over.").first?.speaker?.resolved == "Vladimir Putin")
        #expect(claims("White House Press Secretary Sean Spicer said the talks were over.").first?.speaker?.resolved == "Sean Spicer")
        #expect(claims("Republican Ted Cruz said the talks were over.").first?.speaker?.resolved == "Ted Cruz")
        // A body named by its people or its country is that body, not the last of its kind.
        let bodies = claims("The Clinton campaign said the rally was big.\n\nThe Trump campaign said the rally was bigger.\n\nThe Turkish government said the talks had failed.")
        #expect(bodies.map(\.speaker?.resolved) == ["Clinton campaign", "Trump campaign", "Turkish government"])
        // A body placed by a name after it is not the last of its kind to speak.
        let placed = claims("The German government said the talks had failed.\n\nThe government in Beijing said the talks would go on.")
        #expect(placed.map(\.speaker?.resolved) == ["German government", nil])
        // Titles alone name nobody.
        #expect(claims("Senator said the talks were over.").first.map { $0.speaker?.resolved == nil } == true)
        let university = claims("Researchers at the University of Michigan in Ann Arbor, Michigan, found that the drug worked.").first
        #expect(university?.speaker?.text == "Researchers at the University of Michigan in Ann Arbor, Michigan")
        // A participle's place is the source's; the statement starts after the source's comma.
        let paper = claims("According to a paper published in the journal Nature Astronomy on Monday, the team found enough water vapor to fill a pool.").first
        #expect(paper?.speaker?.text == "a paper published in the journal Nature Astronomy")
        #expect(paper?.text == "the team found enough water vapor to fill a pool")
        #expect(claims("The talks will resume next week, said the spokesman in a statement.").first?.speaker?.text == "the spokesman")
        // A surname that is also a word opening sentences ("Early", "Late") is still a name.
        let early = claims("\"We reach most of the market,\" says Chris Early, a vice president at Ubisoft.\n\n\"Streaming is somewhat binary,\" says Early.\n\n\"Prices will fall,\" said Ann Late.")
        #expect(early.map(\.speaker?.resolved) == ["Chris Early", "Chris Early", "Ann Late"])
        // A finding's named source speaks for it; an unnamed one ("from the game") does not.
        #expect(claims("According to data released by MOTIE, new capacity reached 1.64 GW.").first?.speaker?.resolved == "MOTIE")
        #expect(claims("Recent data from the FBI shows that crime fell last year.").first?.speaker?.resolved == "FBI")
        #expect(claims("Footage from the game shows that the referee missed the foul.").first.map { $0.speaker?.resolved == nil } == true)
        // A verb or a preposition's noun before a name is not the speaker's.
        #expect(claims("Prior to launch Google promised players would be able to play games at 4k.").first?.speaker?.text == "Google")
        #expect(claims("Volker did not realize Mr. Trump saw the request as tantamount to investigating Biden.").first?.speaker?.text == "Mr. Trump")
        // A title before a person's name still goes, though a body's name is in it.
        #expect(claims("White House Press Secretary Sean Spicer said the meeting went well.").first?.speaker?.resolved == "Sean Spicer")
    }

    /// A cue with an object of its own has its content: the phrase before the comma is no
    /// statement of the speaker's. A time after the cue is no object.
    @Test func aCueWithItsOwnObjectTakesNoStatementFromBeforeTheComma() {
        // "admitted to threatening …": a gerund after "to" is what was admitted.
        let admitted = claims("Shortly before their arrival, Webb admitted to threatening the girl and hiding her.").first
        #expect(admitted?.text == "threatening the girl and hiding her")
        #expect(claims("Hosting Cook at the event, Benioff praised the iPhone.").allSatisfy { $0.kind == .unattributed })
        let time = claims("Prices will rise sharply next year, the company said the day before.")
        #expect(time.map(\.text) == ["Prices will rise sharply next year"])
        #expect(claims("Prices will rise sharply next year, the minister told the parliament.").first?.speaker?.text == "the minister")
    }

    /// A parenthetical cue after a subject of a word or two: the subject is the statement's.
    /// After an opener ("But", "Still") the statement is what follows the cue.
    @Test func aShortSubjectBeforeAParentheticalCueIsTheStatements() {
        #expect(claims("The goal, he said, is to forge a durable cease-fire.").first?.text == "The goal, he said, is to forge a durable cease-fire")
        #expect(claims("ILC2s, he found, release cytokines after a signal.").first?.text == "ILC2s, he found, release cytokines after a signal")
        #expect(claims("But, Carson added, he did not support quarantines.").first?.text == "he did not support quarantines")
    }

    /// "and" or "but", then somebody else and a reporting verb of their own: a second
    /// statement, which ends the first; "and that …" and "he and Trump" do not.
    @Test func aJoinedClauseWithItsOwnSpeakerEndsTheStatement() {
        func texts(_ s: String) -> [String] { claims(s).filter { $0.kind != .unattributed }.map(\.text) }
        #expect(texts("He said the bill passed but the ministry said it had failed.") == ["the bill passed", "it had failed"])
        #expect(texts("He called it “Great” but Trump said it was bad.") == ["it “Great”", "it was bad"])
        #expect(texts("Clinton said she appreciated the apology and that she wanted to move forward.").first == "she appreciated the apology and that she wanted to move forward")
        #expect(texts("Ryan said the shootings and protests demands that all Americans listen more.").first == "the shootings and protests demands that all Americans listen more")
    }

    /// After a parenthetical cue, a clause with a speaker and a reporting verb of its own is a
    /// second statement: the first ends before the frame.
    @Test func aClauseWithItsOwnCueAfterAParentheticalFrameIsASecondStatement() {
        let two = claims("Outright victory is vital, he said after meeting aides on Thursday, because he said party leaders would block him.")
        #expect(two.map(\.text) == ["Outright victory is vital", "party leaders would block him"])
        let one = claims("And if Clinton is the nominee, he said, he would consider a third-party candidate.")
        #expect(one.first?.text == "And if Clinton is the nominee, he said, he would consider a third-party candidate")
    }

    /// After an owner a cue in -s is a noun: a cue only when what was said follows it.
    @Test func aCueInSAfterAnOwnerIsANounUnlessAStatementFollows() {
        #expect(claims("Rafael Nadal kept Spain’s hopes alive, then Granollers and Lopez completed the comeback.").allSatisfy { $0.kind == .unattributed })
        #expect(claims("He shrugged off the doctor's reports in the past few years of his presidency.").allSatisfy { $0.kind == .unattributed })
        let plans = claims("Mrs. Clinton's plans to raise taxes on the wealthy drew fire from Republicans.")
        #expect(plans.first?.cue?.text == "plans")
    }

    /// After "recent", "latest", "vain" and the like the cue is a noun: its owner speaks, and
    /// without one the statement is reported by nobody the sentence names.
    @Test func aCueAfterAnAdjectiveIsANounWhoseOwnerSpeaks() {
        let pledge = claims("Mr. Obama's original pledge to remove all troops from Afghanistan was dropped.").first
        #expect(pledge?.speaker?.text == "Mr. Obama's")
        let his = claims("Donald Trump spoke in Ohio on Monday.\n\nHis recent claim that crime doubled last year was false.")
        #expect(his.first { $0.cue?.text == "claim" }?.speaker?.resolved == "Donald Trump")
        let hope = claims("Clinton backers clung to the vain hope that superdelegates would save her campaign.").first
        #expect(hope?.kind == .indirect)
        #expect(hope.map { $0.speaker == nil } == true)
    }

    /// Cue words used otherwise: after an object pronoun, before "tank", after "most".
    @Test func cueWordsUsedAsNounsAdjectivesOrAfterAnObjectAreNoCues() {
        #expect(claims("If you want the details, let me know what you think about the plan.").allSatisfy { $0.kind == .unattributed })
        let tank = claims("The Institute for Fiscal Studies, a London-based think tank, concluded that the cost falls on consumers.")
        #expect(tank.map(\.cue?.text) == ["concluded"])
        #expect(claims("The most telling promise she has made is that she will not overpromise.").map(\.kind) == [.unattributed])
        // A participle after a number, a determiner or an owner qualifies the noun after it.
        #expect(claims("Clinton won 1,280 pledged delegates and 469 superdelegates for a total of 1,749.").allSatisfy { $0.kind == .unattributed })
        #expect(claims("Critics said Trump's proposed budget cuts would not yield nearly as much money.").map(\.speaker?.text) == ["Critics"])
        // "he’s" is "he has": the participle is his verb.
        #expect(claims("Since then he’s predicted big wins in the races ahead for the party.").map(\.cue?.text) == ["predicted"])
    }

    @Test func pluralNounsThatLookLikeCuesAreNoCues() {
        // "states" the noun: no "that", colon or quotation after it, no pronoun or document before.
        #expect(claims("Western states will hold their nominating contests on March 1.").map(\.kind) == [.unattributed])
        let ad = claims("The ad states that she will stand up to the big banks.")
        #expect(ad.first?.cue?.lemma == "state")
        #expect(ad.first?.speaker?.text == "The ad")
        // A plural subject takes no verb in -s: "states" here is the noun, though "that" follows.
        #expect(claims("Most Southern states that will hold contests on March 1 have large minority populations.").map(\.kind) == [.unattributed])
    }

    @Test func contentAfterAnAsideOrAnAmount() {
        let aside = claims("Mr. Trump said, among other things, that Mr. Bezos has a huge antitrust problem.")
        #expect(aside.first?.text == "Mr. Bezos has a huge antitrust problem")
        let amount = claims("The budget office said about half of the adjustment reflected revenue losses from the tax cuts.")
        #expect(amount.first?.text == "about half of the adjustment reflected revenue losses from the tax cuts")
    }

    @Test func whatSomebodyReportsAndWhatFollowsAccordingTo() {
        let reported = claims("The company reported its smallest quarterly profit in 17 years on Tuesday.")
        #expect(reported.first?.kind == .indirect)
        #expect(reported.first?.speaker?.text == "The company")
        let found = claims("He found the keys under the mat in the hall.")
        #expect(!found.contains { $0.kind != .unattributed })
        let according = claims("Over the long term, according to the budget office, the rise in annual deficits is mainly due to the aging of the population.")
        #expect(according.first?.text == "the rise in annual deficits is mainly due to the aging of the population")
        #expect(according.first?.speaker?.text == "the budget office")
    }

    @Test func aWordThatIsAlsoANounNeedsASubjectThatSpeaks() {
        let states = claims("The other states voting Tuesday are North Carolina, Ohio, Missouri and Illinois.")
        #expect(!states.contains { $0.kind != .unattributed })
        let inquiry = claims("The inquiry found the office almost never searched its own email before 2011.")
        #expect(inquiry.first?.speaker?.text == "The inquiry")
    }

    @Test func pluralSubjectsTakeTheBaseFormOfTheCue() {
        let argue = claims("The two lawmakers, however, argue that there is precedent for prosecution.")
        #expect(argue.first?.speaker?.text == "The two lawmakers")
        #expect(argue.first?.cue?.lemma == "argue")
        let fear = claims("Officials fear the virus will spread to neighbouring provinces within weeks.")
        #expect(fear.first?.cue?.lemma == "fear")
        // "the claim", "a note": base forms that are nouns need a subject that speaks.
        let noun = claims("The claim was dismissed by the court on Tuesday after a brief hearing.")
        #expect(!noun.contains { $0.cue?.text == "claim" })
        let note = claims("He left a handwritten note on the table before the meeting began.")
        #expect(!note.contains { $0.cue?.text == "note" })
    }

    @Test func anAsideBetweenDashesBelongsToTheSpeaker() {
        let cs = claims("A former Republican candidate -- John McCain, who lost the 2008 election -- said the president offered no changes.")
        #expect(cs.first?.speaker?.text == "A former Republican candidate -- John McCain, who lost the 2008 election")
        #expect(cs.first?.text == "the president offered no changes")
    }

    @Test func anAttributedClaimIsScoredOnItsSentence() {
        // A model that weighs the cue: the attributed claim's score reads it, outside its content.
        let extractor = ClaimExtractor(model: CheckworthinessModel(bias: -1, features: [:], words: ["said": 1]))
        func first(_ text: String) -> Claim? { extractor.extract(SegmentStage().process(Fixtures.document(text: text))).first }
        let said = first("Officials said the deficit rose to $3.2 billion in 2024, up 40 percent.")
        let bare = first("The deficit rose to $3.2 billion in 2024, up 40 percent.")
        #expect(said?.kind == .indirect)
        #expect(bare?.kind == .unattributed)
        #expect(abs((said?.checkworthiness ?? -1) - 0.5) < 1e-9)
        #expect(abs((bare?.checkworthiness ?? -1) - 1 / (1 + exp(1.0))) < 1e-9)
    }

    @Test func quotationsAfterAColonOrAPhraseFindTheirSpeaker() {
        let colon = claims("The timing doesn’t surprise Republican pollster Daron Shaw: “Lesser-known candidates have seen the biggest boost.”")
        #expect(colon.first?.speaker?.text == "Republican pollster Daron Shaw")
        // A sentence that only says who speaks, ending in a colon, introduces the next
        // paragraph's quotation, rather than the speaker of the quotation before.
        let block = claims("“Europe will not pull back,” President Hollande said Friday.\n\nThe New York Times reports:\n\n“Without this online network, Mrs. Clinton is being made to keep an aggressive schedule.”\n\nHe said on Tuesday:\n\n“We will never give up on this city and its people.”")
        #expect(block.map { $0.speaker?.text } == ["President Hollande", "The New York Times", "He"])
        // A cue and its subject at the end of a longer sentence, with whom or where after it;
        // not a verb of knowing ("Here is what we know so far:").
        let responded = claims("The Times made these allegations in February, and Breitbart News responded:\n\n“The point is still applicable now and will be for years.”\n\nHe told his audience, to rowdy applause:\n\n“Nobody has ever been more qualified to serve as president.”")
        #expect(responded.map { $0.speaker?.text } == ["Breitbart News", "He"])
        #expect(claims("Here is what we know so far:\n\n“The silence on this matter has been deafening for months.”").first?.speaker == nil)
        // How somebody put it; an aside between the cue and the quotation; a fact check's
        // signature in a paragraph of its own.
        let put = claims("As Akhil Amar, a professor of law at Yale, put it, “A compromise candidate today may be far worse tomorrow.”")
        #expect(put.first?.speaker?.text == "Akhil Amar, a professor of law at Yale")
        #expect(!claims("Trump put it into play with his appeal to blue-collar voters in the state.").contains { $0.cue?.text == "put it" })
        let aside = claims("Recently she announced on her Facebook page, in all capital letters, “WE ARE GOING TO WIN THIS ELECTION.”")
        #expect(aside.first?.speaker?.text == "she")
        let signed = claims("“The silence on this matter has been deafening for months on end.”\n\n- Hillary Clinton.\n\n“So there is resistance among many Americans.”\n\n– An immigrant himself –.")
        #expect(signed.first?.speaker?.text == "Hillary Clinton")
        #expect(!signed.contains { $0.speaker?.text.contains("immigrant") == true })
        // A longer sentence after the quotation that only says who wrote it, where and when.
        let wrote = claims("“We have to get this right for the embassy staff.” McDonough wrote in a September 16, 2012 email to top State Department officials.")
        #expect(wrote.first?.speaker?.text == "McDonough")
        let phrase = claims("Mr. Obama said at a news conference, “That is a tough negotiation, and we have not closed the gaps.”")
        #expect(phrase.first?.speaker?.text == "Mr. Obama")
        #expect(phrase.first?.kind == .direct)
        // The nearest quotation before in the text lends its speaker, not the last one found.
        let next = claims("“We will see what happens after the holidays.”\n\n“Once the cold winds blow, it won’t make it,” Roffman predicted. “The market just isn’t there.”")
        #expect(next.last?.speaker?.text == "Roffman")
    }

    @Test func invertedCuesWithUnnamedSpeakersAndPartyTags() {
        let one = claims("“The test was whether or not they support the nominee,” said one district GOP leader.")
        #expect(one.first?.speaker?.text == "one district GOP leader")
        let several = claims("“It was fine and nobody complained,” said several officials.")
        #expect(several.first?.speaker?.text == "several officials")
        let tag = claims("Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”")
        #expect(tag.first?.speaker?.text == "Gov. John Kasich (R-OH)")
        // A number after an inverted cue is read without trapping.
        let number = claims("“It will pass,” said 3 aides who asked not to be named.")
        #expect(number.count == 1)
    }

    /// "comments", "remarks", "quips" report right after a quotation, and are nouns elsewhere.
    @Test func nounFormsReportOnlyAfterAQuotation() {
        let comments = claims("“We worked on the architecture of the spacecraft,” comments Robin Biesbroek, a mission engineer.")
        #expect(comments.first?.speaker?.text == "Robin Biesbroek, a mission engineer")
        #expect(comments.first?.cue?.lemma == "comment")
        #expect(claims("“It was a good year,” she quips.").first?.cue?.lemma == "quip")
        #expect(attributed("His comments came after the vote in Ohio last week.").isEmpty)
        // Nor after a quotation that is not what the remarks say.
        let remarks = attributed("He called Trump a “blowhard,” and said his anti-Muslim remarks were priceless propaganda for terrorist groups.")
        #expect(remarks.allSatisfy { $0.cue?.lemma != "remark" })
    }

    @Test func longAsidesTimesAndTitlesAroundTheSpeaker() {
        let aside = claims("Michael Seaman, who lives in an area outside of the state capital, Sacramento, said he still prays for a different nominee.")
        #expect(aside.first?.speaker?.text == "Michael Seaman, who lives in an area outside of the state capital, Sacramento")
        let time = claims("Senator Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of the email chains.")
        #expect(time.first?.speaker?.text == "Senator Dianne Feinstein (D-Calif.)")
        let title = claims("The committee is $9 million short of its goal, said former governor Ed Rendell.")
        #expect(title.first?.speaker?.text == "former governor Ed Rendell")
        let opening = claims("In an interview with The Wall Street Journal, Trump doubled down on his comments and said the judge had a conflict of interest.")
        #expect(opening.first?.speaker?.text == "Trump")
    }

    @Test func aQuotationsSpeakerWithALongTail() {
        let told = claims("“Resolve means depriving jihadists of virtual territory,” she told an audience at the Brookings Institution in Washington.")
        #expect(told.first?.speaker?.text == "she")
        let owner = claims("“After we came here, we realized it was all lies,” said one owner of a shop that sells women’s underwear who declined to be named.")
        #expect(owner.first?.speaker?.text.hasPrefix("one owner of a shop") == true)
        // A quotation after a mixed one continues its speaker.
        let next = claims("Still, golf clubs are “just scratching out a profit,” Mr. Hedge said from his office.\n\n“Golf is a razor-thin industry from an investor standpoint.”")
        #expect(next.last?.speaker?.text == "Mr. Hedge")
    }

    @Test func aSentenceThatOnlySaysWhoSpokeAfterAQuestion() {
        let asked = claims("“Why are you still endorsing him after all of this?” Obama asked Republican politicians.")
        #expect(asked.first?.speaker?.text == "Obama")
        #expect(asked.first?.cue?.text == "asked")
        let inverted = claims("“That is a false equivalency, and you know it!” replied Maher.")
        #expect(inverted.first?.speaker?.text == "Maher")
    }

    @Test func asidesAndRelativePronounsResolveToTheName() {
        let who = claims("John Podesta, who said the project was vetted by counsel, said he was unaware of any disagreements.")
        #expect(who.first?.speaker?.text == "John Podesta, who")
        #expect(who.allSatisfy { $0.speaker?.resolved == "John Podesta" })
        let aside = claims("Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the Second Amendment.")
        #expect(aside.first?.speaker?.resolved == "Trump")
        let told = claims("Priebus later Thursday told Fox News: “Both men are meeting up next week to talk about these things.”")
        #expect(told.first?.speaker?.text == "Priebus")
    }

    /// A speaker phrase names one person unless it joins names with "and": descriptors come
    /// before the name, prepositional phrases after it.
    @Test func aSpeakerPhraseResolvesToItsHead() {
        func resolved(_ text: String) -> String? { claims(text).first { $0.speaker != nil }?.speaker?.resolved }
        #expect(resolved("United Nations spokesman Farhan Haq said the convoy would leave on Monday.") == "Farhan Haq")
        #expect(resolved("Jefferies analyst Jo Mabry said store sales fell for a third quarter.") == "Jo Mabry")
        #expect(resolved("Sui-Lee Wee of the Daily Ledger said the report was wrong.") == "Sui-Lee Wee")
        #expect(resolved("Secretary of State John Kerry said the ceasefire was holding.") == "John Kerry")
        #expect(resolved("Ana Lima and Rui Costa said the vote would be close.") == "Ana Lima and Rui Costa")
        #expect(resolved("The Center for Disease Control and Prevention said the outbreak was over.") == "Center for Disease Control and Prevention")
        #expect(resolved("U.S. Attorney Nealy Moss said the charges would stand.") == "Nealy Moss")
        // A common noun heads the phrase: the name after "for" is not who spoke.
        #expect(resolved("A spokesman for Maria Lopez said she was traveling.") != "Maria Lopez")
    }

    /// A relative clause describes the speaker; its words are never the speaker's name.
    @Test func aRelativeClauseIsNotTheSpeakersName() {
        let rep = claims("Rep. Ana Ruiz (D-Calif.), who introduced the bill last month, said the vote would be close.")
        #expect(rep.first?.speaker?.resolved == "Ana Ruiz")
        let statement = claims("The statement, which was obtained by Variety, claimed that the label owned every recording.")
        #expect(statement.first?.speaker != nil)
        #expect(statement.first?.speaker?.resolved?.contains("which") != true)
        let report = claims("The emails were never secured, according to a report from the department’s inspector general to be released Thursday.")
        #expect(report.first?.speaker?.resolved == "the department’s inspector general")
        let aides = claims("The aides, led by campaign manager Terry Sullivan, said the campaign would go on.")
        #expect(aides.first?.speaker != nil)
        #expect(aides.first?.speaker?.resolved?.hasPrefix("led") != true)
    }

    /// "But Lopez" at a sentence start is Lopez; "Clinton" is the Clinton whose first name the
    /// mention gives.
    @Test func namesDropASentenceOpenerAndKeepTheirFirstNames() {
        let cs = claims("Maria Lopez arrived on Monday. But Lopez stayed silent. Lopez said the budget was balanced.")
        #expect(cs.first { $0.speaker?.text == "Lopez" }?.speaker?.resolved == "Maria Lopez")
        let quoted = claims("Ana Lima arrived late. “When I saw the script, I knew it was the part,” she said.")
        #expect(quoted.first { $0.speaker?.text == "she" }?.speaker?.resolved == "Ana Lima")
        // A name inside the quotation is not whom "she" stands for; a possessive is dropped;
        // an institution is nobody's name.
        let named = claims("Ana Lima spoke on Monday. “We met Tom Reyes after the vote,” she said.")
        #expect(named.first { $0.speaker?.text == "she" }?.speaker?.resolved == "Ana Lima")
        let owner = claims("Reporters asked about Jeffrey Ames’s plan. He said the plan was fair to every worker.")
        #expect(owner.first { $0.speaker?.text == "He" }?.speaker?.resolved == "Jeffrey Ames")
        let employer = claims("NASA’s Steve Clarke, a deputy administrator, said the lander would fly next year.")
        #expect(employer.first?.speaker?.resolved == "Steve Clarke")
        let institution = claims("The data came from the Department of Health Sciences. He said the results were clear.")
        #expect(institution.first { $0.speaker?.text == "He" }?.speaker?.resolved == nil)
        // An honorific tells "he" from "she": "Mr. Lopez" is not "she".
        let honorific = claims("Ana Reyes spoke first. Mr. Lopez answered her. “We will win this seat,” she said.")
        #expect(honorific.first { $0.speaker?.text == "she" }?.speaker?.resolved == "Ana Reyes")
        let two = claims("Bill Clinton spoke first. Then the nominee Hillary Clinton said the plan would pass.")
        #expect(two.first { $0.speaker != nil }?.speaker?.resolved == "Hillary Clinton")
    }

    /// Outside quotation marks "you" is the reader: "If you want …" reports nobody's words.
    @Test func theReaderIsNoSpeaker() {
        let advice = claims("If you want a faster laptop, you know the new model is worth the wait.")
        #expect(!advice.contains { $0.speaker?.text.lowercased() == "you" })
        let quoted = claims("“You know we will win this seat,” she said.")
        #expect(quoted.first?.speaker?.text == "she")
        let contracted = claims("Once the plan is written down, you’ll feel much better about where the business is going.")
        #expect(!contracted.contains { $0.speaker?.text.lowercased().hasPrefix("you") == true })
    }

    /// The rules read English: Portuguese text (Latin script, numbers and all) gets no claims,
    /// rather than noise; a short text is too short to judge and keeps its claims.
    @Test func textInAnotherLatinScriptLanguageGetsNoClaims() {
        let portuguese = """
            O governo federal anunciou nesta segunda-feira um corte de 12 por cento no orçamento da educação, \
            segundo o ministro da economia. A medida deve atingir universidades em todo o país a partir de março, \
            e os reitores afirmam que as aulas podem ser suspensas. A oposição promete recorrer ao tribunal \
            contra o corte, que considera ilegal, e pede uma votação no congresso ainda neste mês.
            """
        #expect(claims(portuguese).isEmpty)
        let english = "The federal government announced a 12 percent cut to the education budget on Monday, the minister said."
        #expect(!claims(english).isEmpty)
    }

    /// After a closing quotation mark the speaker and the cue come first, then anything:
    /// where and when it was said, or who the speaker is.
    @Test func aQuotationsSpeakerAfterItWithALongTailOrDescriptors() {
        let tail = claims("“He is getting a little bit of confidence back,” Boudreau said before the team’s win over the Sabres in front of a crowd at the arena downtown.")
        #expect(tail.first?.speaker?.text == "Boudreau")
        let described = claims("“The cuts have hurt the newspaper industry as a whole,” says veteran industry analyst Ken Doctor.")
        #expect(described.first?.speaker?.text == "veteran industry analyst Ken Doctor")
        #expect(described.first?.speaker?.resolved == "Ken Doctor")
    }

    /// "…, said NAME, APPOSITIVE": the name (with who they are) spoke, the statement comes
    /// before it.
    @Test func aNameAfterACommaAndACueIsTheInvertedSpeaker() {
        let cs = claims("If the deal holds up, it would cost the state about $75 million a year, said Ross Burk, a political scientist who studies budgets.")
        let a = cs.first { $0.cue?.text == "said" }
        #expect(a?.speaker?.text == "Ross Burk, a political scientist who studies budgets")
        #expect(a?.speaker?.resolved == "Ross Burk")
        #expect(a?.text.hasPrefix("If the deal holds up") == true)
    }

    /// "BERLIN -- The agency said": a double hyphen is a dash, not part of the speaker's name.
    @Test func aDatelineIsNotPartOfTheSpeaker() {
        let cs = claims("BERLIN -- The European Space Agency said Tuesday that its probe had landed safely.")
        #expect(cs.first?.speaker?.text == "The European Space Agency")
        // Nor of the statement: a place in capitals, its region, a wire service, a dash.
        for text in ["DUBAI, United Arab Emirates — The airline bought 30 new jets, executives of both companies announced.",
                     "WASHINGTON (Reuters) - The airline bought 30 new jets, executives of both companies announced."] {
            let c = claims(text).first { $0.kind != .unattributed }
            #expect(c?.text == "The airline bought 30 new jets", "\(text)")
            #expect(c?.speaker?.text == "executives of both companies", "\(text)")
        }
        #expect(claims("BUENA PARK, Calif. - Rallying workers on Monday, the senator promised to raise wages.").allSatisfy { $0.speaker?.text != "BUENA PARK" })
        // A dash opening the text: nothing before it to read.
        #expect(claims("- Trump said the plan would work for everyone.").first?.speaker?.text == "Trump")
        let joined = claims("Analyst Mary Jones-Smith said the rally would fade by the end of the week.")
        #expect(joined.first?.speaker?.resolved == "Mary Jones-Smith")
        // A time of two words between the speaker and the cue; a share of people; sources close
        // to somebody; a modal that is a name.
        #expect(claims("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.").first?.speaker?.text == "RNC spokesman Sean Spicer")
        #expect(claims("On fighting terrorism, 47% say the United States should commit ground troops.").first?.speaker?.text == "47%")
        #expect(claims("At times, people close to the vice president said the mention of her name made him fume.").first?.speaker?.text == "people close to the vice president")
        let may = claims("Jane May, a doctor, said she was elated about the result of the vote.")
        #expect(may.first?.speaker?.text == "Jane May, a doctor")
        #expect(may.first?.text == "she was elated about the result of the vote")
        // A date's abbreviation keeps its period: the speaker runs on through it.
        let dated = claims("The Republican nominee for the Nov. 8 election later said the race was rigged.")
        #expect(dated.first?.speaker?.text == "The Republican nominee for the Nov. 8 election")
    }

    /// Two roles joined by "and" describe one speaker, after a quotation too.
    @Test func rolesJoinedByAndAreOneSpeaker() {
        let cs = claims("“We found water vapor above the ice,” lead researcher and planetary scientist Lucas Pagano said in a statement.")
        #expect(cs.first?.speaker?.text == "lead researcher and planetary scientist Lucas Pagano")
        #expect(cs.first?.speaker?.resolved == "Lucas Pagano")
    }

    /// A word a clause left over ("including") is no speaker; the statement stays a claim.
    @Test func aLeftoverWordIsNoSpeaker() {
        let cs = claims("Several countries took steps, including calling for a Security Council debate on the attacks.")
        let call = cs.first { $0.cue?.text == "calling" }
        #expect(call != nil)
        #expect(call?.speaker == nil)
    }

    /// A participle and its object ("offering the visual quality Google") is a clause: who
    /// speaks is its last noun phrase. A participle used as an adjective ("acting", "leading")
    /// is part of the speaker's name or role.
    @Test func aParticipleClauseSpeaksThroughItsLastNounPhrase() {
        let clause = claims("The service has struggled in offering the visual quality Google promised would come with its launch.")
        #expect(clause.first { $0.cue?.text == "promised" }?.speaker?.text == "Google")
        let owner = claims("The senator spent the week lambasting Trump’s plan to cut taxes for the wealthy.")
        #expect(owner.allSatisfy { $0.speaker?.text.hasPrefix("lambasting") != true })
        let role = claims("The group's acting political director Jane Roe said the letter had been a mistake.")
        #expect(role.first { $0.cue?.text == "said" }?.speaker?.resolved == "Jane Roe")
        let adjective = claims("Back then, leading Republican data operatives warned that the recession would last for years.")
        #expect(adjective.first { $0.cue?.text == "warned" }?.speaker?.text == "leading Republican data operatives")
        // A cue that is also a noun ends the participle's object: nobody is named.
        let fears = claims("The plant closed in March, sparking widespread fears that the town would not recover.")
        #expect(fears.first { $0.cue?.text == "fears" }.map { $0.speaker == nil } == true)
    }

    /// A shop's or a page's label before a colon is not a speaker tag; a name is.
    @Test func labelsBeforeAColonAreNotSpeakers() {
        let label = claims("New Release: the console comes with a bonus case and a game for $199.")
        #expect(!label.contains { $0.cue?.text == ":" })
        let tag = claims("Maria Lopez: We will not accept any deal that cuts pensions.")
        #expect(tag.first?.speaker?.text == "Maria Lopez")
    }

    /// What a speaker calls for, rails against or asks for starts after the preposition, unless
    /// too little would be left.
    @Test func aCuesOwnPrepositionIsNoPartOfTheStatement() {
        #expect(claims("Sanders railed against the corrupting influence of super PACs in the speech.").first?.text == "the corrupting influence of super PACs in the speech")
        #expect(claims("A group of doctors sent a letter, calling for the dean to dismiss him at once.").first { $0.cue?.text == "calling" }?.text == "the dean to dismiss him at once")
        #expect(claims("Keith Scott's wife pleads for his life.").first?.text == "for his life")
    }

    /// "read" reports what a written thing says, and nothing else.
    @Test func aWrittenThingReadsItsWords() {
        let letter = claims("“We see charter schools offering parents hope,” the letter reads. “Our support for charter schools is not abstract.”")
        #expect(letter.map { $0.speaker?.text } == ["the letter", "the letter"])
        let inverted = claims("“Our political revolution has already forced a former senator to change her mind,” read the email.")
        #expect(inverted.first?.speaker?.text == "the email")
        #expect(claims("The sign reads: “No justice, no peace for the people of this city.”").first?.speaker?.text == "The sign")
        #expect(!claims("The judge read a summary of the facts to which he had admitted.").contains { $0.cue?.text == "read" })
        #expect(!claims("She reads the newspaper every morning before the commute to work.").contains { $0.cue?.text == "reads" })
    }

    /// ", who" stands for the name before it, not for the clause whose object the name is.
    @Test func aRelativePronounsSpeakerIsTheNameNotTheClause() {
        let courted = claims("The party courted Bill Clinton, who declined to run in late 2015.")
        #expect(courted.first?.speaker?.text == "Bill Clinton, who")
        let elected = claims("The newly elected senator Bill Clinton, who declined to run in late 2015, said no.")
        #expect(elected.first?.speaker?.text == "The newly elected senator Bill Clinton, who")
    }

    /// A name's inverted report ends the statement before it, and a reporting verb's
    /// participle after a comma starts the speaker's next report.
    @Test func invertedReportsAndParticiplesEndAStatement() {
        let reuters = claims("This is “roughly the same advantage she has held all month,” reported Reuters.")
        #expect(reuters.first?.speaker?.text == "Reuters")
        #expect(reuters.first?.kind == .mixed)
        let poll = claims("The new poll shows a tie in Ohio, reported Reuters.")
        #expect(poll.first { $0.cue?.text == "shows" }?.text == "a tie in Ohio")
        #expect(!claims("Facebook removed the posting, and reported it to the F.B.I.").contains { $0.speaker?.text == "it to the F.B.I." })
        let calling = claims("Trump attacked Jeb Bush over the issue of eminent domain, calling him a “loser.”")
        #expect(calling.first { $0.cue?.text == "attacked" }?.text == "Jeb Bush over the issue of eminent domain")
        #expect(calling.contains { $0.cue?.text == "calling" && $0.speaker?.text == "Trump" })
    }

    /// "Having said that," and "That said," are connectives: nobody says anything in them.
    @Test func thatSaidIsNoReport() {
        #expect(!claims("(Having said that, there are some economists who think corporate taxes should be very low.)").contains { $0.cue?.text == "said" })
        #expect(!claims("That said, the economy grew by 3 percent last year, faster than expected.").contains { $0.cue?.text == "said" })
    }

    /// A trailing participle reports for the sentence's subject: a role's capitals before the
    /// name, or a participle opening the sentence, are not it.
    @Test func aTrailingParticiplesSpeakerIsTheWholeSubject() {
        let role = claims("Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying that officials should release the videos.")
        #expect(role.first?.speaker?.resolved == "Hillary Clinton")
        let opener = claims("Chastened by the analyses, Trump revised his plan, promising to focus more of its benefits on average Americans.")
        #expect(opener.first?.speaker?.text == "Trump")
        // What a thing is about names nobody for it.
        let topic = claims("President Obama's policy toward Syria has barely budged in the last year and shows no sign of change for the rest of his term.")
        #expect(topic.first?.speaker?.text == "President Obama's policy toward Syria")
        #expect(topic.first?.speaker?.resolved != "Syria")
    }

    /// An adverb before the cue and an aside about the act are not the speaker's; an
    /// appositive about the speaker is.
    @Test func adverbsAndAsidesAreNoPartOfTheSpeaker() {
        let adverb = claims("The Democratic nominee aggressively attacked her opponent as a fraud and a scam artist.")
        #expect(adverb.first?.speaker?.text == "The Democratic nominee")
        #expect(claims("Her campaign workers here said they have been working the state since the spring.").first?.speaker?.text == "Her campaign workers")
        let aside = claims("Republican nominee Donald Trump, in particular, criticized free-trade deals such as NAFTA.")
        #expect(aside.first?.speaker?.text == "Republican nominee Donald Trump")
        let participle = claims("President Obama, dedicating the museum on Saturday, said it would tell an American story.")
        #expect(participle.first?.speaker?.text == "President Obama")
        // A time opening the sentence is no name with the clause after it as its appositive.
        let opening = claims("In 1986, the Supreme Court blocked a New Jersey company from abandoning its plants, citing a threat to public health.")
        #expect(opening.first { $0.cue?.text == "citing" }?.speaker?.text == "the Supreme Court")
        let members = claims("Six newspapers in New Jersey, including the Asbury Park Press, said he is not fit to be governor.")
        #expect(members.first?.speaker?.text == "Six newspapers in New Jersey, including the Asbury Park Press")
    }

    /// After a phrase with no verb of its own, "and" with a verb is the speaker's next act;
    /// a clause, or an infinitive's second verb, goes on.
    @Test func aSecondActEndsAPhrasesStatement() {
        let endorsed = claims("The governor endorsed Mr. Trump last week and has appeared at his side at rallies.")
        #expect(endorsed.first { $0.cue?.text == "endorsed" }?.text == "Mr. Trump last week")
        let refused = claims("The court refused to intervene, and the rebellion was crushed within days.")
        #expect(refused.first { $0.cue?.text == "refused" }?.text == "to intervene")
        let clause = claims("Mr. Smith says he respects Clinton and calls her an intelligent woman.")
        #expect(clause.first { $0.cue?.text == "says" }?.text == "he respects Clinton and calls her an intelligent woman")
        let infinitive = claims("The mayor asked his supporters to raise their right hands and pledge their loyalty to him.")
        #expect(infinitive.first { $0.cue?.text == "asked" }?.text == "his supporters to raise their right hands and pledge their loyalty to him")
    }

    /// A participle's statement ends where the speaker's next reporting participle begins; a
    /// participle that is no reporting verb stays in the statement.
    @Test func aSecondReportingParticipleEndsAParticiplesStatement() {
        let rubio = claims("He did it sideways, acknowledging that Mr. Trump had tapped into a vein but warning that his style would have repercussions.")
        #expect(rubio.first { $0.cue?.text == "acknowledging" }?.text == "Mr. Trump had tapped into a vein")
        #expect(rubio.first { $0.cue?.text == "warning" }?.text == "his style would have repercussions")
        let lost = claims("The candidate spoke for an hour, acknowledging just how much ground the workers have lost - and promising to do something about it.")
        #expect(lost.first { $0.cue?.text == "acknowledging" }?.text == "just how much ground the workers have lost")
        let jobs = claims("She spoke on Monday, saying the economy was growing and creating jobs at a record pace.")
        #expect(jobs.first { $0.cue?.text == "saying" }?.text == "the economy was growing and creating jobs at a record pace")
    }

    /// A one-word quoted sentence after the cue's comma or colon is the whole answer; a quoted
    /// word as the object of "called" is still the writer's scare quote inside a mixed claim.
    @Test func aOneWordQuotedAnswerIsAStatement() {
        let probably = claims("Asked whether he would fire a speechwriter, Priebus said, “Probably.”")
        #expect(probably.first { $0.cue?.text == "said" }.map { ($0.kind, $0.text, $0.speaker?.text) } ?? (.unattributed, "", nil) == (.direct, "“Probably.”", "Priebus"))
        let never = claims("Priebus said: “Never.”")
        #expect(never.first { $0.cue?.text == "said" }?.text == "“Never.”")
    }

    /// "this past week" between a speaker and the cue is when, not who; a quotation that closes
    /// an aside with the aside's comma inside it still leaves the name as the speaker.
    @Test func timesAndQuotedAsidesBetweenTheNameAndTheCue() {
        let week = claims("Reince Priebus this past week announced that the convention would be open.")
        #expect(week.first { $0.cue?.text == "announced" }?.speaker?.text == "Reince Priebus")
        let hacker = claims("Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the email server.")
        #expect(hacker.first { $0.cue?.text == "stated" }?.text == "he had access to the email server")
        let citing = claims("Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be in a very competitive situation.")
        #expect(citing.first { $0.cue?.text == "said" }?.speaker?.text == "Mr. Manafort")
        let inverted = claims("The people of Scranton “deserve someone who is with them. That is Hillary Clinton,” said the man who built his career on it.")
        #expect(!inverted.contains { $0.speaker?.text.contains("Hillary") ?? false })
    }

    /// A time between a cue and its infinitive ("promised on Tuesday to …") is passed over; a
    /// verb that takes no infinitive keeps its "to" ("responded Sunday to reports that …").
    @Test func anInfinitiveAfterATimeIsTheStatement() {
        let promised = claims("The senator promised last week to cut taxes for the middle class.")
        #expect(promised.first { $0.cue?.text == "promised" }?.text == "to cut taxes for the middle class")
        let responded = claims("The candidate responded Sunday to reports that he had exaggerated his record.")
        #expect(!responded.contains { $0.text.hasPrefix("to reports") })
    }

    /// In a relative clause between commas, the statement ends where the main clause's verb
    /// follows a comma; "in the past" inside the verb group is no speaker.
    @Test func aRelativeClausesStatementEndsAtTheMainVerb() {
        let hunter = claims("Hunter, who endorsed Canova, was able to raise more than $235 million during his primary race.")
        #expect(hunter.first { $0.cue?.text == "endorsed" }?.text == "Canova")
        let fallin = claims("Republican Gov. Mary Fallin, who opposes abortion, vetoed the bill on Friday.")
        #expect(fallin.first { $0.cue?.text == "opposes" }?.text == "abortion")
        let inserted = claims("Mr. Garza, who said the two men, and Mr. Cruz in particular, must do more, spoke on Friday.")
        #expect(inserted.first { $0.cue?.text == "said" }?.text.hasPrefix("the two men, and Mr. Cruz in particular, must do more") == true)
        let past = claims("He has in the past said that the tax is unfair.")
        #expect(past.first { $0.cue?.text == "said" }?.speaker?.text == "He")
    }

    /// A title keeps its period before a name's particle, so "Mr. de Blasio" is one speaker.
    @Test func aTitleBeforeANameParticleStaysWithTheName() {
        let cs = claims("For decades, Mr. de Vos noted, the United States has deployed observers. Mr. de Blasio added that crime had fallen.")
        #expect(cs.first { $0.cue?.text == "noted" }?.speaker?.text == "Mr. de Vos")
        #expect(cs.first { $0.cue?.text == "added" }?.speaker?.text == "Mr. de Blasio")
    }

    /// After "told" and a one-word addressee, a subject pronoun opens what was told.
    @Test func aOneWordAddresseeBeforeAClause() {
        let cnn = claims("Trump told CNN he would win the state easily.")
        #expect(cnn.first { $0.cue?.text == "told" }?.text == "he would win the state easily")
        let reporters = claims("The Florida senator told reporters he feels good about his campaign in Iowa.")
        #expect(reporters.first { $0.cue?.text == "told" }?.text == "he feels good about his campaign in Iowa")
    }

    /// "Ruled out" denies; a denial not made ("did not deny", "didn’t rule out", "declined to
    /// rule out") leaves the question open: the stance hedges.
    @Test func ruledOutDeniesAndADenialNotMadeHedges() {
        func stance(_ text: String) -> [String] { claims(text).filter { $0.kind != .unattributed }.map { "\($0.cue?.text ?? ""): \($0.stance)" } }
        #expect(stance("The Afghan government has ruled out Taliban involvement in the attack.") == ["ruled out: denies"])
        #expect(stance("The party rules out a coalition with the far right.") == ["rules out: denies"])
        #expect(stance("Grassley did not rule out a meeting with the nominee.") == ["rule out: hedges"])
        #expect(stance("The minister didn’t deny that talks had begun.") == ["deny: hedges"])
        #expect(stance("The two men declined to rule out any of the three candidates.") == ["declined: hedges"])
        #expect(stance("Beijing denied that talks had begun.") == ["denied: denies"])
        #expect(stance("The ruling out of order surprised the court.").isEmpty)
    }

    /// What is denied may be a word or two ("denied any wrongdoing"), after a fronted phrase
    /// too; a bare pronoun is not enough, and a participle before a noun is an adjective.
    @Test func aShortDenialIsAClaim() {
        let company = claims("In a statement, the company denied any wrongdoing.")
        #expect(company.first { $0.cue?.text == "denied" }.map { ($0.text, $0.stance) } ?? ("", .asserts) == ("any wrongdoing", .denies))
        #expect(claims("Trump denied wrongdoing.").first { $0.cue?.text == "denied" }?.text == "wrongdoing")
        #expect(!claims("He denied it.").contains { $0.cue?.text == "denied" })
        #expect(!claims("The admiral accused the Chinese of militarizing disputed waters.").contains { $0.cue?.text == "disputed" })
    }

    /// A court's ruling reports a finding; "ruled out", "ruled the country" and "a new rule"
    /// do not.
    @Test func aRulingIsAFinding() {
        #expect(claims("A federal judge ruled Tuesday that the ban could not be enforced.").first { $0.cue?.text == "ruled" }?.text == "the ban could not be enforced")
        #expect(!claims("Biden ruled out a run for president.").contains { $0.cue?.lemma == "rule" })
        #expect(!claims("The party ruled the country for decades.").contains { $0.cue?.lemma == "rule" })
        #expect(!claims("A new federal rule lifts the amount of money workers can earn.").contains { $0.cue?.lemma == "rule" })
    }

    /// "for his part" is the writer's link, not part of the speaker; "was quick to" belongs to
    /// the verb group; a show's title with short lowercase words is where it was said.
    @Test func linksVerbGroupsAndShowTitlesAroundTheCue() {
        #expect(claims("Obama, for his part, insisted that the deal was the best available.").first { $0.cue?.text == "insisted" }?.speaker?.text == "Obama")
        #expect(claims("He was quick to say that no decision had been made.").first { $0.cue?.text == "say" }?.speaker?.text == "He")
        let mook = claims("Clinton’s campaign manager, Robby Mook, told CNN’s “State of the Union” that the race was tightening.")
        #expect(mook.first { $0.cue?.text == "told" }?.text == "the race was tightening")
    }

    /// An inverted speaker keeps the appositive or relative clause that says who they are, up
    /// to the next comma, as a speaker before the cue does; a second report or the writer's
    /// clause after it does not join. The resolved speaker is still the name.
    @Test func anInvertedSpeakerKeepsItsAppositive() {
        let grubbs = claims("“In a year like this, anything goes,” said Steve Grubbs, an Iowa operative working for Rand Paul’s campaign.")
        #expect(grubbs.first?.speaker?.text == "Steve Grubbs, an Iowa operative working for Rand Paul’s campaign")
        #expect(grubbs.first?.speaker?.resolved == "Steve Grubbs")
        let coach = claims("“We lost,” said Smith, a coach, as he left the field.")
        #expect(coach.first?.speaker?.text == "Smith, a coach")
        #expect(claims("“We lost,” said Ashley Spillane, president of Rock the Vote.").first?.speaker?.text == "Ashley Spillane, president of Rock the Vote")
        #expect(claims("“He is a good guy,” said Iman Cesari, 30, a county employee.").first?.speaker?.text == "Iman Cesari, 30, a county employee")
        #expect(claims("“We lost,” said Robin Maynard, half joking.").first?.speaker?.text == "Robin Maynard")
        let adding = claims("“We lost,” said Smith, adding that the team would regroup.")
        #expect(adding.first { $0.cue?.text == "said" }?.speaker?.text == "Smith")
    }

    /// A poll's share of people speaks with its count: "About two-thirds of caucus attendees",
    /// "More than half of respondents in the poll", "One in four", "At least 8 in 10 voters",
    /// "Those over 60".
    @Test func aCountedShareIsTheSpeaker() {
        #expect(claims("About two-thirds of caucus attendees said they supported Trump.").first?.speaker?.text == "About two-thirds of caucus attendees")
        #expect(claims("More than half of respondents in the USA TODAY/Suffolk poll said the nation needs more than two parties.").first?.speaker?.text == "More than half of respondents in the USA TODAY/Suffolk poll")
        #expect(claims("One in four said the economy was the top issue.").first?.speaker?.text == "One in four")
        #expect(claims("At least 8 in 10 voters said they felt down on the government.").first?.speaker?.text == "At least 8 in 10 voters")
        #expect(claims("Those over 60 say they feel that way by 2-1.").first?.speaker?.text == "Those over 60")
        #expect(claims("One study in over 40,000 adults showed that meal planning improved diets.").first?.speaker?.text == "One study in over 40,000 adults")
    }

    /// An aside with a verb of its own before a participle's comma is the sentence's clause,
    /// not an appositive of the speaker; a participle or a relative clause in an appositive is.
    @Test func aClauseBeforeAParticipleIsNoAppositive() {
        let defended = claims("In television interviews on Sunday, he defended Mr. Trump's views on Russia, saying that Mr. Trump would be firm with Russia.")
        #expect(defended.first { $0.cue?.text == "saying" }?.speaker?.text == "he")
        let pierson = claims("Katrina Pierson, a spokeswoman for Trump, has expanded on the accusations of bias, saying the media was unfair.")
        #expect(pierson.first { $0.cue?.text == "saying" }?.speaker?.text == "Katrina Pierson")
        let cruz = claims("Ted Cruz, when asked what about Trump’s vision is wrong, responded that the businessman is right about the problems.")
        #expect(cruz.first { $0.cue?.text == "responded" }?.speaker?.text == "Ted Cruz")
        let sanders = claims("Sanders, a senator from Vermont and self-described democratic socialist, said the economy was stagnant.")
        #expect(sanders.first { $0.cue?.text == "said" }?.speaker?.text == "Sanders, a senator from Vermont and self-described democratic socialist")
    }

    /// After "warned X to …", a later "that" opens a relative clause of the infinitive's, not
    /// what was warned.
    @Test func anInfinitiveBeforeARelativeThat() {
        let china = claims("China said it was opposed to the test and warned North Korea to refrain from further actions that would worsen the situation.")
        #expect(china.first { $0.cue?.text == "warned" }?.text == "North Korea to refrain from further actions that would worsen the situation")
        #expect(claims("He told reporters on Friday that the vote would pass.").first { $0.cue?.text == "told" }?.text == "the vote would pass")
    }

    /// "A study by X found …": whose the finding is stays with the document that reports it.
    @Test func aStudyByItsAuthorFinds() {
        let study = claims("A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter impersonation out of more than a billion ballots cast.")
        #expect(study.first { $0.cue?.text == "found" }?.speaker?.text == "A 2014 study by Loyola Law School professor Justin Levitt")
    }

    /// "branded X a Y" labels as "called" does; the noun "brands" is no cue.
    @Test func brandingIsLabelling() {
        let japan = claims("Japan branded North Korea an “outlaw nation in the neighborhood.”")
        #expect(japan.first { $0.cue?.text == "branded" }.map { ($0.kind, $0.speaker?.text) } ?? (.unattributed, nil) == (.mixed, "Japan"))
        #expect(!claims("Big brands like Nike were hurt by the tariffs.").contains { $0.cue != nil })
    }

    /// After a quotation that opens the sentence, words after the cue with no clause in them
    /// say how, to whom or when; the quotation is the only statement. A clause after the cue is
    /// one too.
    @Test func wordsAfterAQuotationsCueThatSayToWhomOrWhen() {
        let nbc = claims("“I was sitting in a house in Florida, with a bad earpiece,” Trump told NBC’s “Today” on Monday.")
        #expect(nbc.count == 1)
        #expect(nbc.first?.kind == .direct)
        let throng = claims("“He doesn't speak for anyone,” Clinton told a cheering throng of supporters in Tampa.")
        #expect(throng.map(\.text) == ["“He doesn't speak for anyone,”"])
        let clause = claims("“We lost,” he told reporters he would resign.")
        #expect(clause.contains { $0.text == "he would resign" })
        let title = claims("Later on “This Week,” Senator Bernie Sanders questioned Mr. Trump's veracity.")
        #expect(title.first { $0.cue?.text == "questioned" }?.text == "Mr. Trump's veracity")
    }

    /// A restrictive "who" speaks for the name right before it; before a phrase that names
    /// nobody it stays unresolved.
    @Test func aBareWhoResolvesToTheNameBeforeIt() {
        let cruz = claims("Senator Ted Cruz spoke on Monday. Cruz, a graduate of Harvard Law School who has argued cases before the court, said the ruling was wrong.")
        #expect(cruz.first { $0.speaker?.text == "who" }?.speaker?.resolved == "Ted Cruz")
        let republicans = claims("Republicans who say the economy is weak are backing Trump.")
        #expect(republicans.first { $0.speaker?.text == "who" }?.speaker?.resolved == "Republicans")
        let nobody = claims("The plan echoes some commentators who have suggested that Mr. Rubio is weak.")
        #expect(nobody.first { $0.speaker?.text == "who" }.map { $0.speaker?.resolved == nil } == true)
    }

    /// "what X described as Y": with the object fronted, what the thing was called follows "as".
    @Test func whatSomebodyDescribedAs() {
        let gun = claims("Bidding was to begin on what Zimmerman described as a “piece of history.”")
        #expect(gun.first { $0.cue?.text == "described" }.map { ($0.kind, $0.text) } ?? (.unattributed, "") == (.mixed, "a “piece of history.”"))
        #expect(claims("He described it as a “disaster.”").first { $0.cue?.text == "described" }?.text == "it as a “disaster.”")
    }

    /// A cue's noun form is no cue: a plural before an auxiliary ("Health worries have …"),
    /// a form after "a" and a word ("an hourlong show"), the object of "renewed"; nor is
    /// "called into a program". "a poll shows", "a false claim that …" and "hopes will" still
    /// report.
    @Test func nounFormsOfCuesDoNotReport() {
        for sentence in ["Health worries have dogged Hillary Clinton since she collapsed.", "The two taped an hourlong show that aired on Thursday.",
                         "Russia's annexation of Crimea renewed fears along Europe's eastern flank.", "She called into a radio program when she was home sick."] {
            #expect(!claims(sentence).contains { $0.cue != nil }, "\(sentence)")
        }
        #expect(claims("A poll shows Sanders leading Clinton nationally.").first?.cue?.text == "shows")
        #expect(claims("Trump said it, repeating a false claim that he opposed the 2003 invasion.").contains { $0.cue?.text == "claim" })
        #expect(claims("He named the man he hopes will succeed him.").contains { $0.cue?.text == "hopes" })
    }

    /// A verbless phrase of place or time before the speaker's comma is the writer's, not
    /// what was said; a clause before it is ("This makes it difficult …, he said").
    @Test func anOpeningPhraseIsNoStatement() {
        #expect(!claims("In a speech last July, he said.").contains { $0.cue != nil })
        #expect(!claims("Among American-born parents, only 50 percent believe.").contains { $0.cue != nil })
        #expect(claims("This makes it increasingly difficult to dislodge misinformation, he said.").first?.text == "This makes it increasingly difficult to dislodge misinformation")
        #expect(claims("In an interview, Trump said the wall would be built.").first?.text == "the wall would be built")
    }

    @Test func aPurposeClauseReportsForItsClausesSubject() {
        let cs = claims("The ministry revealed that the US had reached out to China to propose discussions about the tariffs.")
        let propose = cs.first { $0.cue?.text == "propose" }
        #expect(propose?.speaker?.text == "the US")
        let continued = claims("China has continued to assert that it is not seeking to negotiate an end to the tariffs.")
        #expect(continued.first?.speaker?.text == "China")
    }

    @Test func theVerbBeforeToBelongsToTheSpeakersVerbGroup() {
        let declined = claims("Cook declined to say whether it was a violation of the email policies.")
        #expect(declined.first?.speaker?.text == "Cook")
        #expect(declined.first?.cue?.text == "say")
        // So is "were more likely", which is no passive.
        let likely = claims("Democrats were slightly more likely to say they preferred Clinton on the issues.")
        #expect(likely.first?.speaker?.text == "Democrats")
    }

    @Test func anOpeningPhraseIsNotTheSubjectOfAParticiple() {
        let cs = claims("Hours later, Trump returned the compliment to Adelson, telling Reuters that he is an amazing man.")
        #expect(cs.first?.speaker?.text == "Trump")
        #expect(cs.first?.cue?.text == "telling")
    }

    @Test func aNameInAppositionIsTheSpeaker() {
        let cs = claims("The state’s campaign chairman, Phil Lovas, said he cannot comment on the letter.")
        #expect(cs.count == 1)
        #expect(cs.first?.speaker?.text == "The state’s campaign chairman, Phil Lovas")
        #expect(cs.first?.text == "he cannot comment on the letter")
    }

    @Test func whomSomebodyToldIsNotWhatTheySaid() {
        let cs = claims("The plan could pass the Senate this year, Sen. Jane Roe told The Huffington Post on Thursday.")
        #expect(cs.count == 1)
        #expect(cs.first?.speaker?.text == "Sen. Jane Roe")
        #expect(cs.first?.text == "The plan could pass the Senate this year")
        // A clause of time after whom he told is no statement either; what came before it is.
        let when = claims("President Obama told his closest advisers as he labored over one of the last major addresses of his presidency.")
        #expect(when.allSatisfy { $0.kind == .unattributed })
        let before = claims("This is not about me, President Obama told his closest advisers as he labored over his last address.")
        #expect(before.first?.text == "This is not about me")
        #expect(before.first?.speaker?.text == "President Obama")
    }

    /// The frame after a statement: two words for one noun, a semicolon after it, "this" opening
    /// what was said.
    @Test func framesAroundAStatement() {
        let officials = claims("Agents are likely to ask whether they sent classified information, current and former officials said.")
        #expect(officials.first?.speaker?.text == "current and former officials")
        let semicolon = claims("Candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney got 27 percent.")
        #expect(semicolon.first?.text == "Candidates need about 40 percent of the Hispanic vote")
        // A base form that is mostly a noun attributes before "that", after a plural or a pronoun.
        let note = claims("But experts note that despite the new limits, there are still new coal plants.")
        #expect(note.first?.cue?.lemma == "note")
        #expect(note.first?.speaker?.text == "experts")
        #expect(claims("He cited a congressional report that could raise new questions about the attacks.").allSatisfy { $0.cue?.lemma != "report" })
        // "USA TODAY" is a name.
        #expect(claims("Turkish groups paid for the trips, a USA TODAY investigation found.").first?.speaker?.text == "a USA TODAY investigation")
        // After a colon, a capitalised cue opens its clause.
        let colon = claims("It hasn't gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote.")
        #expect(colon.first?.speaker?.text == "recent polls")
        let this = claims("Others say this is just a rough patch for the campaign.")
        #expect(this.first?.speaker?.text == "Others")
        #expect(this.first?.text == "this is just a rough patch for the campaign")
    }

    /// Without "that", a subject pronoun after whom somebody told, or after where they said it,
    /// opens what they said; a noun's own clause does not ("anything it doesn't know").
    @Test func aSubjectPronounAfterThePhraseOpensTheStatement() {
        func said(_ text: String) -> [String] { claims(text).filter { $0.kind != .unattributed }.map(\.text) }
        #expect(said("Trump told The Washington Post he was not quite there yet on supporting the speaker.") == ["he was not quite there yet on supporting the speaker"])
        #expect(said("United Gun Group said in a statement Thursday night they pulled the listing from the site.") == ["they pulled the listing from the site"])
        #expect(said("They wouldn't tell the agency anything it doesn't already know about them.") == ["the agency anything it doesn't already know about them"])
        #expect(said("He said in the speech he gave on Tuesday that the economy was strong.") == ["the economy was strong"])
        #expect(said("Senator Jane Roe says, win or lose in the crucial primary, she will stay in the race.") == ["she will stay in the race"])
    }

    @Test func aParentheticalTellCueAndARolesTo() {
        let told = claims("The difference now, he told me on Friday, is that he anchors a straight news program.")
        #expect(told.count == 1)
        #expect(told.first?.text.hasPrefix("The difference now") == true)
        let advisers = claims("In recent days, advisers to Mr. Obama say, the president has grown tired of the campaign.")
        #expect(advisers.first?.speaker?.text == "advisers to Mr. Obama")
    }

    /// After "according to X", "but" goes on in the writer's words; "and" adds the source's
    /// next figure.
    @Test func aSourcesStatementAndTheWritersNextClause() {
        let tally = claims("Trump leads with 739 delegates, according to a CNN tally, but his pathway to outright victory is narrowing.")
        #expect(tally.filter { $0.cue != nil }.map(\.text) == ["Trump leads with 739 delegates"])
        let cbo = claims("The top 1 percent paid 24 percent of all federal taxes in 2013, according to the Congressional Budget Office, and the top 10 percent paid 69 percent of all taxes.")
        #expect(cbo.filter { $0.cue != nil }.count == 2)
    }

    @Test func aSecondStatementAfterAParentheticalCueIsTheSameSpeakers() {
        let cs = claims("Many of the visitors were older, she said, and the museum had never been so full.")
        // The second statement starts after its joining word.
        #expect(cs.map(\.text) == ["Many of the visitors were older", "the museum had never been so full"])
        #expect(cs.allSatisfy { $0.speaker?.text == "she" && $0.kind == .indirect })
    }

    @Test func aClauseAfterTheCueIsNotTakenForASpeaker() {
        let cs = claims("Donna Rawlings, 59, of Ashton, who watched the ceremony on a screen, said the event brought back memories of her father.")
        #expect(!cs.contains { $0.speaker?.text.hasPrefix("the event") == true })
    }

    @Test func aSpeakerTagOwnsTheRestOfTheParagraph() {
        let cs = claims("PENCE: Well, look, she thinks this is a game show. But this is America, Chris. It is serious business.\n\nThe debate went on.")
        let turn = cs.first { $0.cue?.text == ":" }
        #expect(turn?.speaker?.text == "PENCE")
        #expect(turn?.text == "Well, look, she thinks this is a game show. But this is America, Chris. It is serious business")
    }

    /// A show's name in quotation marks belongs to the role it names ("the “Pose” star"); a
    /// head noun alone ("Poll:" in a headline) is nobody's name for "the poll".
    @Test func aQuotedShowNameIsPartOfTheSpeaker() {
        let star = claims("“Hearing the heartbeat was a gift,” the “Pose” star said.").first
        #expect(star?.kind == .direct)
        #expect(star?.speaker?.text == "the “Pose” star")
        #expect(claims("“We will win,” said the “Shark Tank” investor.").first?.speaker?.text == "the “Shark Tank” investor")
        #expect(resolved("Poll: Clinton Leads Trump In Florida.\n\nThe poll found that 84 percent of Latino voters dislike Trump.", "The poll") == nil)
    }

    /// A quotation that opens with "Name:" and closes before its own frame is that frame's
    /// speaker's; a transcript's quoted turn runs to the paragraph's end.
    @Test func aQuotedColonWithItsOwnFrameIsNoTranscriptTurn() {
        let quip = claims("“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.").filter { $0.kind != .unattributed }
        #expect(quip.map { $0.speaker?.text } == ["one user"])
        #expect(quip.first?.cue?.text == "quipped")
        #expect(claims("\"PENCE: Well, look, she thinks this is “Shark Tank.” But this is America, Chris.\"").first?.speaker?.text == "PENCE")
    }

    @Test func aLabelBeforeAColonIsNotASpeaker() {
        let cs = claims("Correction: An earlier version of this article misstated the year the program began.\n\nWALLACE: Let us turn to the economy now, if we may.")
        #expect(!cs.contains { $0.speaker?.text == "Correction" })
        #expect(cs.contains { $0.speaker?.text == "WALLACE" && $0.cue?.text == ":" })
        // A list after a label is nobody's turn; a headline's quotation in title case is.
        let lists = claims("Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.\n\nOhio: Ann Lee, Bo Park, Cy Young, Di Moss.\n\nKasich: We Are Going All The Way To Cleveland")
        #expect(!lists.contains { $0.speaker?.text == "Portion Fix Containers" || $0.speaker?.text == "Ohio" })
        #expect(lists.contains { $0.speaker?.text == "Kasich" && $0.cue?.text == ":" })
        // A headline's title, a shout or a note's label is nobody's tag; an organisation is.
        let heads = claims("Stealth Over Health: Clinton Was Headed to the ER but Was Diverted.\n\nBUSTED: Emails Reveal Aide Was Caught in the Act\n\nEditor’s Note: The following is part 3 of 3 excerpts from the new book.\n\nJudicial Watch: State Department hid a key email for years.")
        #expect(!heads.contains { $0.cue?.text == ":" && $0.speaker?.text != "Judicial Watch" })
        #expect(heads.contains { $0.speaker?.text == "Judicial Watch" && $0.cue?.text == ":" })
    }

    @Test func aNameMayEndInATimeWordAndATimeIsNotASpeaker() {
        let times = claims("The New York Times reported Saturday that it had received the first pages of the filings.")
        #expect(times.first?.speaker?.text == "The New York Times")
        let report = claims("A government report released last year found that the agency could not trace the money.")
        // The time belongs to the report's own participle, so it stays with it.
        #expect(report.first?.speaker?.text == "A government report released last year")
        let monday = claims("The report on Monday found that the agency could not trace the money.")
        #expect(monday.first?.speaker?.text == "The report")
    }

    @Test func vocabularyNumbersEachDistinctWordOnceAfterTheCatalog() {
        var vocabulary = Vocabulary(capacity: 4)
        let first = Int32(Lexicon.catalog.count)
        // Long words (over 16 bytes) by the hundred, some differing in one byte only.
        let words = (0..<5000).map { "w\($0)" } + ["a-very-long-word-of-more-than-sixteen-bytes"]
            + (0..<300).map { "counterintelligence-\($0)" } + (0..<26).map { "seventeen-bytes-" + String(UnicodeScalar(UInt8(0x61 + $0))) }
        let ids = words.map { vocabulary.id(of: $0) }
        #expect(ids == (0..<Int32(words.count)).map { first + $0 })
        #expect(words.map { vocabulary.id(of: $0) } == ids)
        #expect(ids.map { vocabulary.word($0) } == words)
        // Words the rules name keep the catalog's numbers and lists in every document.
        #expect(vocabulary.id(of: "that") == Word.that)
        #expect(vocabulary.flags(vocabulary.id(of: "said")).contains(.verbForm))
        #expect(vocabulary.flags(vocabulary.id(of: "unconstitutional")).contains(.rule))
        #expect(vocabulary.verbEntry(vocabulary.id(of: "denied"))?.lemma == "deny")
    }

    @Test func namedWordsAreTheCatalogsFirstNumbers() {
        // `Word.x` is a constant: it must be the number the catalog gave the word.
        for w in NamedWord.allCases {
            #expect(Lexicon.catalog.id(w.spelling) == w.rawValue, "\(w.spelling)")
        }
        #expect(NamedWord.for.spelling == "for")
        #expect(Lexicon.catalog.words[Int(Word.according)] == "according")
    }

    @Test func wordListAnswersForExactlyItsWords() {
        let list: WordList = ["say", "refer to", "let’s", "a-phrase-longer-than-sixteen-bytes", "say"]
        #expect(list.count == 4)
        for w in ["say", "refer to", "let’s", "a-phrase-longer-than-sixteen-bytes"] { #expect(list.contains(w), "\(w)") }
        // No case folding, no prefixes, no neighbours of the same length.
        for w in ["Say", "sa", "says", "let's", "refer", "a-phrase-longer-than-sixteen-byte", "", "sax"] { #expect(!list.contains(w), "\(w)") }
        #expect(list.contains(String("refer to x".dropLast(2))))
        let more = list.union(["deny"])
        #expect(more.contains("deny") && more.contains("say") && !list.contains("deny"))
        // Agrees with a Set<String> on every word of a text.
        let text = "The ministry said on Friday that it would say no more, let’s see, and referred to a statement."
        let set: Set<String> = ["said", "say", "more", "see", "a", "statement.", "referred"]
        let asList = WordList(set)
        for w in text.split(separator: " ").map(String.init) { #expect(asList.contains(w) == set.contains(w), "\(w)") }
    }

    @Test func suffixesByBytesAnswerAsHasSuffix() {
        let words = ["Democrats", "Trump’s", "Sanders'", "boss", "status", "analysis", "s", "", "’s", "résumés", "naïvely", "Ünalys", "blankly", "ly", "x’s"]
        let suffixes: [StaticString] = ["s", "ss", "us", "is", "’s", "'s", "ly", "ans", "ely"]
        for w in words {
            for suffix in suffixes {
                let expected = w.hasSuffix(suffix.description)
                #expect(w.hasSuffixBytes(suffix) == expected, "\(w) \(suffix)")
                #expect(("a " + w).dropFirst(2).hasSuffixBytes(suffix) == expected, "\(w) \(suffix) as a substring")
            }
        }
    }

    @Test func objectPrepositionWordsHoldEveryLemmasPrepositions() {
        // The bit test before the table must pass every word the table holds.
        for (lemma, words) in AttributionFinder.objectPrepositions {
            for id in Int32(0)..<Int32(Lexicon.catalog.count) where words.contains(id) {
                #expect(AttributionFinder.objectPrepositionWords.contains(id), "\(lemma): \(Lexicon.catalog.words[Int(id)])")
            }
        }
    }

    @Test func wordIDSetAnswersForExactlyItsNumbers() {
        let ids: [Int32] = [0, 5, 63, 64, 130, 999]
        let set = WordIDSet(ids)
        for id in Int32(-1)...1100 { #expect(set.contains(id) == ids.contains(id), "\(id)") }
        let more = set.union([7])
        #expect(more.contains(7) && !set.contains(7) && more.contains(999))
        // A document's own words are numbered past the catalog: in no set of the catalog's.
        #expect(!Word.modals.contains(Int32(Lexicon.catalog.count) + 3))
        #expect(Word.modals.contains(Lexicon.catalog.named("would")))
    }

    @Test func numbersReadFromScalarsAsFromTheirText() {
        // Decimals (read from the scalars) and what falls back to the text: 16 digits, two
        // periods, a period with no digit after it, a range.
        let decimals = ["3.5", "0.1", "1,250.75", "$0.07", "3.14159s", "123456789012.345", "1234567890123.456", "0.30000000000000004",
                        "2.", "1.2.3", "1.000,5", "7.5-8.5", "£1.2", "0.000000000000001", "2-3", "24/7", "9/11", "1’000", "5'000"]
        for t in ["145", "1,200", "$3.2", "1990s", "€40", "007", "2.5", "12ss", "1234567890123456789", "3/4", "5s", "$1,000,000"] + decimals {
            let s = Array(t.unicodeScalars)
            #expect(QuantityParser.parseNumber(s, 0..<s.count) == QuantityParser.parseNumber(t), "\(t)")
        }
        // The one division is the correctly rounded value, as `Double(String)` gives it.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let whole = Int.random(in: 0..<1_000_000, using: &rng)
            let places = Int.random(in: 1...9, using: &rng)
            let fraction = String(Int.random(in: 0..<1_000_000_000, using: &rng)).suffix(places)
            let t = "\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
            let s = Array(t.unicodeScalars)
            #expect(QuantityParser.parseNumber(s, 0..<s.count) == Double(t), "\(t)")
        }
    }

    @Test func documentTextDecodesToScalarsWithItsLatinShare() {
        let text = "Straße, “quoted” — 😀 日本 ok\u{301}"
        let decoded = ClaimExtractor.scalars(of: text)
        #expect(decoded.scalars == Array(text.unicodeScalars))
        #expect(decoded.isMostlyLatin)
        #expect(!ClaimExtractor.scalars(of: "日本語の文章です ok").isMostlyLatin)
        // Eight ASCII bytes at a time: the characters next to A, Z, a and z are not letters.
        let ascii = "@[`{ ABCD efgh, then ~ more words to read: 0123456789 !"
        #expect(ClaimExtractor.scalars(of: ascii).scalars == Array(ascii.unicodeScalars))
        #expect(ClaimExtractor.scalars(of: "@[`{ ABCD efgh 日本語の文章です").isMostlyLatin)
        #expect(!ClaimExtractor.scalars(of: "@[`{ ABC efgh 日本語の文章です").isMostlyLatin)
    }

    /// A mention's words, read off its tokens, are its name's text split at spaces, a
    /// possessive's "’s" dropped ("Donald Trump’s aides").
    @Test func mentionWordsAreTheNameSplit() throws {
        let article = try String(contentsOfFile: Fixtures.path("tariff-talks.txt"), encoding: .utf8)
            + " Donald Trump’s aides met Mr. Xi’s envoy. J. Gerald Hebert spoke."
        let text = Array(article.unicodeScalars)
        var vocabulary = Vocabulary(capacity: 64)
        let tokens = TextTokenizer.tokenize(text, in: 0..<text.count, vocabulary: &vocabulary)
        let resolver = SpeakerResolver(tokens: tokens, text: text, vocabulary: vocabulary, sentenceStarts: [0])
        #expect(resolver.mentions.count > 20)
        #expect(resolver.mentions.contains { m in resolver.name(m) == "Donald Trump" && m.start > article.unicodeScalars.count - 70 })
        for m in resolver.mentions {
            #expect(resolver.nameWords(m) == SpeakerResolver.spaceSeparated(resolver.name(m)).map(String.init))
        }
    }

    /// A cue's lemma lists and lemma number, looked up once, answer as the word lists and the
    /// catalog do: for every reporting verb's entry the catalog holds, and for a phrase's cue.
    @Test func cuesCarryTheirLemmasListsAndNumber() {
        let lists: [(WordList, AttributionFinder.LemmaLists)] = [
            (AttributionFinder.tellLikeLemmas, .tellLike), (AttributionFinder.tellLemmas, .tell),
            (AttributionFinder.clauseTakingLemmas, .clauseTaking), (AttributionFinder.objectLemmas, .object),
            (AttributionFinder.aimLemmas, .aim), (AttributionFinder.clauseOnlyLemmas, .clauseOnly),
            (AttributionFinder.asLemmas, .describesAs), (AttributionFinder.toInfinitiveLemmas, .toInfinitive),
            (AttributionFinder.frontedOnlyBeforeThat, .frontedOnlyBeforeThat),
        ]
        let catalog = Lexicon.catalog
        var entries = 0
        for id in 0..<catalog.count {
            guard let e = catalog.verbEntries[id] else { continue }
            entries += 1
            #expect(e.lemmaWord == catalog.id(e.lemma) ?? -1, "\(e.lemma)")
            for (list, bit) in lists { #expect(e.lists.contains(bit) == list.contains(e.lemma), "\(e.lemma)") }
            #expect(e.lists.contains(.objectPreposition) == (AttributionFinder.objectPrepositions[e.lemma] != nil), "\(e.lemma)")
            #expect(e.lists.contains(.topicPreposition) == (AttributionFinder.topicPreposition[e.lemma] != nil), "\(e.lemma)")
        }
        #expect(entries > 300)
        #expect(catalog.verbEntries[Int(catalog.named("told"))]?.lemmaWord == Word.tell)
        let phrase = AttributionFinder.Cue(start: 0, end: 2, lemma: "call for", verbClass: .urge, isAccordingTo: false)
        #expect(phrase.lemmaWord == -1 && phrase.lists.contains(.toInfinitive) && !phrase.lists.contains(.tell))
    }

    /// A long text in another script is given up on at a checkpoint and the rest only
    /// counted; one that turns Latin after the checkpoint is decoded whole.
    @Test func longTextsInOtherScriptsAreCountedNotDecoded() {
        let chinese = String(repeating: "中国商务部表示，美方多次主动向中方传递信息。", count: 200)
        #expect(chinese.utf8.count > 3 * ClaimExtractor.scriptCheckEvery)
        let rejected = ClaimExtractor.scalars(of: chinese)
        #expect(!rejected.isMostlyLatin)
        #expect(rejected.scalars.isEmpty)
        // Chinese past the first checkpoint, then far more English than it has letters.
        let english = String(repeating: "The ministry said talks would go on. ", count: 600)
        let turns = String(chinese.prefix(2000)) + " " + english
        let decoded = ClaimExtractor.scalars(of: turns)
        #expect(decoded.isMostlyLatin)
        #expect(decoded.scalars == Array(turns.unicodeScalars))
        // Russian is two bytes a letter.
        let russian = String(repeating: "Министерство заявило, что переговоры продолжатся. ", count: 200)
        #expect(!ClaimExtractor.scalars(of: russian).isMostlyLatin)
    }

    /// Counting by lead bytes gives every scalar the class the decoder gives it.
    @Test func leadByteCountsAgreeWithTheDecodersRule() {
        var values = Array(0x80..<0x3100) + [0xFFFD, 0xFF21, 0xAC00, 0x1F600, 0x10FFFD]
        values.removeAll { (0xD800...0xDFFF).contains($0) }
        for v in values {
            var s = String(Unicode.Scalar(UInt32(v))!)
            let counted = s.withUTF8 { ClaimExtractor.countLetters($0, from: 0) }
            let rule = ClaimExtractor.script(of: UInt32(v))
            #expect(counted.latin == (rule == .latin ? 1 : 0) && counted.other == (rule == .other ? 1 : 0), "U+\(String(v, radix: 16))")
        }
        var ascii = "@[`{ ABCD efgh, then ~ more words: 0123456789 !"
        #expect(ascii.withUTF8 { ClaimExtractor.countLetters($0, from: 0) }.latin == ascii.filter { $0.isASCII && $0.isLetter }.count)
    }

    @Test func tokensLookUpWordsWithCurlyApostrophesAndOtherCases() {
        var vocabulary = Vocabulary(capacity: 16)
        let text = Array("Beijing’s DENIAL, Ärger and it’s".unicodeScalars)
        let tokens = TextTokenizer.tokenize(text, in: 0..<text.count, vocabulary: &vocabulary)
        #expect(tokens.map { $0.word >= 0 ? vocabulary.word($0.word) : String($0.first) } == ["beijing’s", "denial", ",", "ärger", "and", "it’s"])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, true, false, false])
        #expect(tokens[4].word == Word.and)
        // A joiner from General Punctuation is no letter: "1990’s" and "1’000" are numbers.
        let numbers = Array("1990’s 1’000 don’t".unicodeScalars)
        #expect(TextTokenizer.tokenize(numbers, in: 0..<numbers.count, vocabulary: &vocabulary).map(\.kind) == [.number, .number, .word])
    }

    /// Words are scanned eight characters at a time where eight are left: words of every
    /// length across those steps, and at the text's end, get the same number as their
    /// lowercase spelled out, and the same kind.
    @Test func wordsScannedEightCharactersAtATimeKeepTheirSpellingAndKind() {
        let words = ["a", "Said", "SEVENTY", "Thursday", "NEGOTIATE", "Negotiations", "Administrations", "TransformationsX",
                     "Internationalization", "1990s", "3rd", "G7", "2016", "s", "ss", "0123456789", "abc123def456ghi789"]
        for gap in ["", "x ", "xyz "] {
            for word in words {
                // Before a space, a mark, a non-ASCII letter, and at the end.
                for after in [" next", ", next", "é next", ""] {
                    let text = Array((gap + word + after).unicodeScalars)
                    var vocabulary = Vocabulary(capacity: 16)
                    let tokens = TextTokenizer.tokenize(text, in: 0..<text.count, vocabulary: &vocabulary)
                    let token = tokens[gap.isEmpty ? 0 : 1]
                    let spelled = after.hasPrefix("é") ? word.lowercased() + "é" : word.lowercased()
                    let isNumber = word.allSatisfy { $0.isNumber || $0 == "s" } && word.contains { $0.isNumber }
                    #expect(token.kind == (isNumber && !after.hasPrefix("é") ? .number : .word), "\(word)\(after)")
                    if token.kind == .word {
                        #expect(vocabulary.word(token.word) == spelled, "\(word)\(after)")
                        #expect(token.word == vocabulary.existingID(of: spelled), "\(word)\(after)")
                    }
                }
            }
        }
    }

    /// Claim texts are written eight ASCII scalars at a time: any range, with characters of
    /// two, three and four bytes at every place in and around those steps, reads as the
    /// standard library writes it.
    @Test func claimTextsFromScalarsReadAsTheStandardLibraryWritesThem() {
        for wide in ["é", "’", "😀", "\u{7F}"] {
            for at in 0..<20 {
                var chars = Array("The ministry said the talks would resume on Monday.".unicodeScalars)
                chars.insert(contentsOf: wide.unicodeScalars, at: at)
                for start in [0, 1, 7, 8, 9] {
                    for end in [start, start + 1, start + 8, start + 17, chars.count] where end <= chars.count {
                        #expect(scalarString(chars, start..<end) == String(String.UnicodeScalarView(chars[start..<end])), "\(wide) at \(at), \(start)..<\(end)")
                    }
                }
            }
        }
    }

    @Test func scalarClassesAnswerAsTheUnicodeTables() {
        // ASCII by arithmetic, the rest by the tables: the same answers either way.
        for v in UInt32(0)...0x3000 {
            guard let u = Unicode.Scalar(v) else { continue }
            #expect(u.isAlphabeticFast == u.properties.isAlphabetic, "U+\(String(v, radix: 16))")
            #expect(u.isSpace == u.properties.isWhitespace, "U+\(String(v, radix: 16))")
            #expect(u.isLower == u.properties.isLowercase, "U+\(String(v, radix: 16))")
        }
    }

    @Test func latinLettersLowercaseAsStringDoes() {
        // Every scalar the tokenizer lowercases itself, against the standard library.
        for v in UInt32(0x80)...0x24F {
            guard let u = Unicode.Scalar(v), let lower = TextTokenizer.latinLowercase(v) else { continue }
            #expect(String(u).lowercased().unicodeScalars.map(\.value) == [lower], "U+\(String(v, radix: 16))")
        }
        // The tokenizer's own answer for these blocks is the Unicode tables' answer.
        for v in UInt32(0xC0)...0x17F {
            let u = Unicode.Scalar(v)!
            #expect(TextTokenizer.isWordScalar(u) == u.properties.isAlphabetic, "U+\(String(v, radix: 16))")
        }
        // The letters a news page has in its names are among them.
        #expect("ÀÉÑÖØÞŁŞŽĆŸ".unicodeScalars.allSatisfy { TextTokenizer.latinLowercase($0.value) != nil })
        var vocabulary = Vocabulary(capacity: 16)
        let text = Array("ŁÓDŹ Łódź José JOSÉ".unicodeScalars)
        let tokens = TextTokenizer.tokenize(text, in: 0..<text.count, vocabulary: &vocabulary)
        #expect(tokens.map { vocabulary.word($0.word) } == ["łódź", "łódź", "josé", "josé"])
        #expect(tokens[0].word == tokens[1].word && tokens[2].word == tokens[3].word)
    }

    @Test func quotationsPairTheirMarksAndCountWords() {
        let paragraphs = ["He said: “The U.S. isn’t done.” Then \"it's 3.5 percent\" and ''more''.", "“An open quote runs to the paragraph’s end", "“Too short"]
        let text = Array(paragraphs.joined(separator: "\n\n").unicodeScalars)
        var ranges: [Range<Int>] = []
        var at = 0
        for p in paragraphs {
            ranges.append(at..<(at + p.unicodeScalars.count))
            at += p.unicodeScalars.count + 2
        }
        var vocabulary = Vocabulary(capacity: 16)
        let tokens = TextTokenizer.tokenize(text, in: 0..<text.count, vocabulary: &vocabulary)
        let found = QuotationFinder.find(tokens, text: text, paragraphs: ranges)
        func quoted(_ q: Quotation) -> String { String(String.UnicodeScalarView(text[q.outer])) }
        #expect(found.map(quoted) == ["“The U.S. isn’t done.”", "\"it's 3.5 percent\"", "''more''", "“An open quote runs to the paragraph’s end"])
        // Letters and digits between marks are words: "U", "S", "isn", "t", "done".
        #expect(found.map(\.wordCount) == [6, 5, 1, 9])
    }

    /// A right mark before a word, after a space or at a paragraph's start, opens a quotation.
    @Test func aRightMarkBeforeAWordOpensAQuotation() {
        let cs = claims("Readers respond.\n\n”Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame.” ― Sonya Herridge\n\nShe said the aides wanted to ”get close to the candidate.”")
        let signed = cs.first { $0.speaker?.text == "Sonya Herridge" }
        #expect(signed?.kind == .direct)
        #expect(signed?.text.hasPrefix("”Mr. Trump") == true)
        #expect(cs.contains { $0.kind == .mixed && $0.text.hasSuffix("”get close to the candidate.”") })
    }

    /// ", a claim that …" is the writer naming what was said, and "without referring to" says
    /// what was not said: neither is content.
    @Test func theWritersNameForAClaimAndWhatWasNotSaidAreNoContent() {
        let alleged = attributed("Podliska alleges he was fired for taking time off to serve, a claim that Gowdy’s office strongly disputes.")
        #expect(alleged.first { $0.cue?.lemma == "allege" }?.text == "he was fired for taking time off to serve")
        let urged = attributed("Chinese President Xi Jinping urged officials to adapt to changes in the global landscape, without directly referring to the United States.")
        #expect(urged.count == 1)
        #expect(urged.allSatisfy { $0.cue?.lemma != "refer to" })
    }

    /// "the loopholes he cited are …": the noun is what was cited, and nothing is reported; "a
    /// bill he said would restrict …" reports what the bill would do.
    @Test func aThingCitedInARelativeClauseIsNoStatement() {
        #expect(attributed("The four “loopholes” he cited are “the ability to use real estate losses.”").isEmpty)
        #expect(attributed("The “wise Latina” phrase Grassley cited on Wednesday has appeared in various speeches.").isEmpty)
        #expect(attributed("He opposed a bill he said would restrict transfers of guns among family members.").contains { $0.cue?.lemma == "say" })
    }

    /// A quotation that is the thing wanted or cited is a quoted phrase: a mixed quotation.
    @Test func aQuotedThingWantedOrCitedIsMixed() {
        let wants = attributed("He wants “a total and complete shutdown of Muslims entering the United States.”")
        #expect(wants.first?.kind == .mixed)
        #expect(attributed("“We will win the vote in November,” he said.").first?.kind == .direct)
    }

    /// A clause before "according to" is the statement, however short; an opening phrase is not.
    @Test func aShortClauseBeforeAccordingToIsTheStatement() {
        #expect(attributed("In Iowa, Trump is in first, according to the polling average, although Carson keeps it competitive.").first?.text == "In Iowa, Trump is in first")
        #expect(attributed("Over the long term, according to the budget office, the rise in costs will slow.").first?.text == "the rise in costs will slow")
    }

    /// A participle in -ing reports for the sentence's subject, before the sentence's own past
    /// tense; a relative clause's or a passive participle's verb stays in the subject.
    @Test func aParticiplesSpeakerIsTheSubjectBeforeItsVerb() {
        #expect(attributed("No one bothered mentioning that the state of the nation’s finances is not technology’s problem.").first?.speaker?.text == "No one")
        #expect(attributed("Police released dramatic video showing the rescue of a girl who was kidnapped in broad daylight.").first?.speaker?.text == "Police")
        #expect(attributed("All three candidates issued statements condemning the coordinated attacks in Paris.").first?.speaker?.text == "All three candidates")
        #expect(attributed("Voters seized on comments Trump made saying he hoped the housing bubble would burst.").first?.speaker?.text == "comments Trump made")
        #expect(attributed("A lawsuit filed by a fired staffer alleging the congressman violated the law was dismissed.").first?.speaker?.text == "A lawsuit filed by a fired staffer")
    }

    /// A form that is also a noun is the noun after a number, an article's comparative, or
    /// (before a verb of its own) an owner's adjective; after an article it may be a speaker.
    @Test func nounsThatLookLikeCues() {
        #expect(attributed("Benchmark 10-year notes last rose 7/32 in price to yield 1.786%.").isEmpty)
        #expect(attributed("Strong showings in the dozen states that held primaries strengthened the prospect of a contest.").isEmpty)
        #expect(attributed("It may be the most elaborate recruitment process that mankind has ever created.").isEmpty)
        #expect(attributed("Sanders’s latest plan was unserious and would cost far too much.").isEmpty)
        #expect(attributed("Mr. Trump’s theatrical embrace is not limited to China and its leaders.").isEmpty)
        #expect(attributed("Mrs. Clinton's tax plan would raise $1.1 trillion over the next decade.").first?.cue?.text == "plan")
        #expect(attributed("C2I plans to reforest a million acres in the river valley.").first?.speaker?.text == "C2I")
        #expect(attributed("Most believe that both the economy and their own lives have improved.").first?.speaker?.text == "Most")
        #expect(attributed("The reports said the plan failed last year.").first?.speaker?.text == "The reports")
    }

    /// A subject and an auxiliary whose verb is understood are a whole clause reported.
    @Test func anElidedClauseIsAStatement() {
        let could = attributed("Can she stay? They said she could.")
        #expect(could.first?.text == "she could")
        #expect(could.first?.speaker?.text == "They")
        #expect(attributed("Senator Jeff Flake said he would.").first?.text == "he would")
        #expect(attributed("They said so.").isEmpty)
    }

    /// A pronoun speaker is the pronoun, without the auxiliary contracted onto it.
    @Test func aContractedAuxiliaryIsNoPartOfTheSpeaker() {
        let asked = attributed("We’ve asked him to share some insights into the business of the company.").first?.speaker
        #expect(asked?.text == "We")
        #expect(asked?.end == 2)
        #expect(attributed("I'd argue that the plan will fail within a year.").first?.speaker?.text == "I")
        #expect(attributed("O’Dell said the plan will fail within a year.").first?.speaker?.text == "O’Dell")
    }

    /// A report in an aside set off by dashes ends at the closing dash.
    @Test func aReportInADashedAsideEndsAtItsDash() {
        #expect(attributed("The plan — officials said it would cost $3 billion — was shelved on Monday.").first?.text == "it would cost $3 billion")
        #expect(attributed("It sounded odd — the late neurologist wrote about similar symptoms in his book — and she was not thrilled.").first?.text
            == "similar symptoms in his book")
    }

    /// A cue between a subject and its verb, parenthetical or inverted, frames the whole
    /// sentence; a day alone after a participle is no speaker.
    @Test func aCueBetweenASubjectAndItsVerb() {
        #expect(attributed("Therefore any attempt to debunk a falsehood by Mr. Trump, he said, becomes hopeless.").first?.text
            == "Therefore any attempt to debunk a falsehood by Mr. Trump, he said, becomes hopeless")
        let inverted = attributed("The key to Stadia's success, says Buser, is Google's built-in infrastructure.").first
        #expect(inverted?.speaker?.text == "Buser")
        #expect(inverted?.text == "The key to Stadia's success, says Buser, is Google's built-in infrastructure")
        #expect(attributed("Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the ground itself.").first?.speaker?.text
            == "experts like Paul Bauman, a Canadian geophysicist")
        #expect(attributed("The tentative deal, announced Friday, would last four years and must be approved by union members.").isEmpty)
    }

    /// A source between a subject and its verb vouches for the whole sentence; after "and" it
    /// vouches for what follows; a bracket opens a sentence as a capital does.
    @Test func aSourceInsideTheSentence() {
        #expect(attributed("Fundraising, according to the campaign, has surged in the past three weeks.").first?.text
            == "Fundraising, according to the campaign, has surged in the past three weeks")
        #expect(attributed("One of the officers, according to prison records, had worked multiple overtime shifts.").first?.speaker?.text == "prison records")
        #expect(attributed("It has reshuffled top diplomats and, according to officials, adopted a new strategy to defend its image.").first?.text
            == "adopted a new strategy to defend its image")
        let bracketed = attributed("Skaters stay after hours. (According to the police, it does not keep statistics on such violations.)")
        #expect(bracketed.first?.speaker?.text == "the police")
        #expect(bracketed.first?.text == "it does not keep statistics on such violations")
    }

    /// "As reported by X" names a source as "according to" does; "as" alone names none.
    @Test func asReportedByNamesASource() {
        let reported = attributed("As first reported by Politico, the campaign fired its manager on Monday.").first
        #expect(reported?.speaker?.text == "Politico")
        #expect(reported?.cue?.text == "As first reported by")
        #expect(reported?.text == "the campaign fired its manager on Monday")
        #expect(attributed("The campaign fired its manager, as noted by The Hill.").first?.text == "The campaign fired its manager")
        #expect(attributed("The bill was as popular as ever, and it was reported by the committee on Monday.").isEmpty)
    }

    @Test func aWeightsFileWeighsWordsInAndOutsideTheCatalog() {
        // "zeppelin" is in no word list; "percent" is in the catalog.
        let model = CheckworthinessModel(bias: -2, features: [:], words: ["zeppelin": 4, "percent": 1, "Balloon": 9])
        let extractor = ClaimExtractor(model: model)
        func score(_ text: String) -> Double {
            extractor.extract(SegmentStage().process(Fixtures.document(text: text))).first { $0.kind == .unattributed }?.checkworthiness ?? -1
        }
        let plain = score("The balloon landed in a field near the town on Monday.")
        #expect(abs(plain - 1 / (1 + exp(2.0))) < 1e-9, "a capitalised model word weighs nothing")
        #expect(abs(score("The zeppelin landed in a field near the town on Monday.") - 1 / (1 + exp(-2.0))) < 1e-9)
        #expect(abs(score("The zeppelin landed in a field near the town with ten percent of its fuel.") - 1 / (1 + exp(-3.0))) < 1e-9)
        // A word counts once a statement, however often it is in it; so does a number.
        #expect(abs(score("The zeppelin and a second zeppelin landed in a field near the town.") - 1 / (1 + exp(-2.0))) < 1e-9)
        let counting = ClaimExtractor(model: CheckworthinessModel(bias: -2, features: [:], words: ["percent": 1, "<num>": 0.5]))
        let numbers = counting.extract(SegmentStage().process(Fixtures.document(text: "Prices rose 4 percent in May and 6 percent in June, by 10 percent in all.")))
        #expect(abs((numbers.first { $0.kind == .unattributed }?.checkworthiness ?? -1) - 1 / (1 + exp(0.5))) < 1e-9)
    }

    /// Check-worthy sentences come in runs: the more check-worthy neighbour moves a statement's
    /// score by the context weight times its logit, less the mean.
    @Test func aStatementsNeighboursWeighInOnItsScore() throws {
        let model = CheckworthinessModel(bias: -2, features: [:], words: ["zeppelin": 4], context: .init(weight: 0.5, mean: -1))
        let extractor = ClaimExtractor(model: model)
        func score(_ text: String) -> Double {
            extractor.extract(SegmentStage().process(Fixtures.document(text: text))).first { $0.text.contains("balloon") }?.checkworthiness ?? -1
        }
        let plain = "The balloon landed in a field near the town on Monday."
        // Neighbours of logit 2 (a zeppelin) and -2: the larger counts, 0.5 × (2 − (−1)).
        #expect(abs(score("The zeppelin took off from the town at dawn.\n\n\(plain)\n\nThe crowd went home after lunch that day.") - 1 / (1 + exp(0.5))) < 1e-9)
        #expect(abs(score("The crowd gathered in the town square at dawn.\n\n\(plain)\n\nThe crowd went home after lunch that day.") - 1 / (1 + exp(2.5))) < 1e-9)
        // Alone in its document, a statement has no context.
        #expect(abs(score(plain) - 1 / (1 + exp(2.0))) < 1e-9)
        let parsed = try CheckworthinessModel.parse("bias\t-2\ncontext\t0.5\t-1\nword\tzeppelin\t4\n", source: "test")
        #expect(parsed == model)
        #expect(throws: CheckworthinessModel.LoadError.self) { try CheckworthinessModel.parse("context\tx\t-1\n", source: "test") }
    }

    @Test func textsInOtherScriptsGetNoClaims() {
        #expect(claims("«Мы не будем повышать налоги в этом году», — заявил министр финансов. Рост составил 5 процентов.").isEmpty)
        #expect(!claims("The minister said that taxes would not rise this year, according to a statement from the ministry.").isEmpty)
    }

    @Test func continuingQuoteKeepsItsSpeaker() {
        let cs = claims("“The numbers are clear,” said Ana Lima. “Unemployment fell for the sixth month in a row.”")
        let direct = cs.filter { $0.kind == .direct }
        #expect(direct.count == 2)
        #expect(direct.allSatisfy { $0.speaker?.text == "Ana Lima" })
    }

    @Test func aShortQuotationThatIsASentenceGoesOnFromItsSpeaker() {
        let cs = claims("“It’s not quite optimistic,” Ana Lima said. “We’re hopeful.”")
        #expect(cs.filter { $0.kind == .direct }.map(\.text) == ["“It’s not quite optimistic,”", "“We’re hopeful.”"])
        #expect(cs.filter { $0.kind == .direct }.allSatisfy { $0.speaker?.text == "Ana Lima" })
        // Inside a longer sentence, or in a paragraph of its own, a short quotation is nobody's
        // continuation: the crowd's answer, or a scare quote.
        let crowd = claims("“Do we give up?” Ana Lima asked. “No!” the crowd cried out.\n\n“Or do we fight?” she asked.\n\n“Yes!”")
        #expect(!crowd.contains { $0.text.contains("No!") && $0.kind == .direct })
        #expect(!crowd.contains { $0.text == "“Yes!”" })
    }

    @Test func wordsAfterTheCueThatMakeNoClauseSayHowTheQuotationWasSaid() {
        for text in ["“We will secure the border and keep this country safe,” the senator says directly to the camera.",
                     "“We will secure the border and keep this country safe,” Ana Lima said onstage Tuesday night."] {
            let cs = claims(text)
            #expect(cs.map(\.text) == ["“We will secure the border and keep this country safe,”"], "\(text)")
            #expect(cs.first?.kind == .direct, "\(text)")
        }
        // A show's name before the speaker is no statement of theirs.
        let show = claims("Later on “This Week,” Senator Ana Lima questioned the governor’s record on taxes.")
        #expect(!show.contains { $0.text.contains("This Week") && $0.kind != .unattributed })
    }

    @Test func whomTheyWroteToMayBeSomebodysOffice() {
        let c = claims("The veterans group wrote to Sanders’ Senate office that it had not allowed the use of its emblem.").first
        #expect(c?.kind == .indirect)
        #expect(c?.speaker?.text == "The veterans group")
        #expect(c?.text == "it had not allowed the use of its emblem")
    }

    @Test func theWritersWordsBeforeABracketOrAColonAreNoPartOfTheQuotation() {
        let bracket = claims("The endorsement drew anger from members (“I want my dues back,” wrote Ed Nolan, a technician in Ohio).").first
        #expect(bracket?.text == "“I want my dues back,”")
        #expect(bracket?.kind == .direct)
        let colon = claims("After the wedding she had a message for her critics: “Men, you will not cease to exist by taking a new name,” she wrote.").first { $0.cue?.text == "wrote" }
        #expect(colon?.text == "“Men, you will not cease to exist by taking a new name,”")
        #expect(colon?.kind == .direct)
    }

    @Test func nonASCIIInitialsDoNotTrap() {
        // A capitalised non-ASCII word before a period once trapped the tokenizer.
        let cs = claims("Çé. Dupont said that the plan would cost 5 million euros. Ørsted agreed.")
        #expect(cs.contains { $0.cue?.text == "said" })
    }

    @Test func scareQuotesAreNotClaims() {
        let cs = claims("The so-called “reform” passed easily.")
        #expect(!cs.contains { $0.kind == .direct })
    }

    /// Past a few hundred mentions the resolver looks names up in indexes instead of scanning
    /// (scans made long transcripts quadratic): both must resolve alike.
    @Test func longTranscriptsResolveAsShortArticlesDo() {
        let opening = ["China’s Commerce Ministry said exports rose in March.", "Treasury Secretary Scott Bessent said the talks would resume next week."]
        let closing = ["Bessent said the deal was close to being signed.", "The ministry said imports fell sharply in April."]
        let filler = (0..<300).map { _ in "Mayor Alex Rivera said the city budget was balanced for the year." }
        for middle in [[], filler] {
            let cs = claims((opening + middle + closing).joined(separator: "\n\n"))
            #expect(cs.count == opening.count + middle.count + closing.count)
            #expect(cs[cs.count - 2].speaker?.resolved == "Scott Bessent")
            #expect(cs[cs.count - 1].speaker?.resolved == "China’s Commerce Ministry")
        }
    }

    @Test func pronounsResolveToTheLastPersonNamed() {
        let cs = claims("Treasury Secretary Scott Bessent met investors on Monday. He said that the deal would be signed within weeks.")
        let c = cs.first { $0.kind == .indirect }
        #expect(c?.speaker?.text == "He")
        #expect(c?.speaker?.resolved == "Scott Bessent")
    }

    /// "called" naming a thing and "feels like" of a thing are nobody's statement.
    @Test func namingAndResemblingAreNoClaims() {
        #expect(attributed("She loved a sharp Nora Quinn script called “Red Hills,” a story about a singer from Glasgow.").isEmpty)
        #expect(attributed("A newer USB-C spec called PD for power delivery raised the peak wattage for laptops.").isEmpty)
        #expect(attributed("The White House disliked the summits, called the Global Policy Forum, that the charity held abroad.").isEmpty)
        #expect(attributed("For a keen gamer, a new mesh router feels like a sensible pick this year.").isEmpty)
        // Somebody who calls or feels still says something.
        #expect(attributed("Critics called the plan “a giveaway to the rich” on Monday.").count == 1)
        #expect(attributed("Many of his supporters feel like they have changed the party for good.").count == 1)
        #expect(attributed("The senator called Smith “a liar” during the debate.").count == 1)
    }

    /// A role's own words stay with it: lowercase ones before an inverted name, "on" after
    /// experts, a compound adjective between an owner and its noun cue.
    @Test func rolesKeepTheirWords() {
        let inverted = claims("Keep your spending in check, but you can only cut costs so far, says certified financial planner Eric Roberge.").first { $0.kind != .unattributed }
        #expect(inverted?.speaker?.resolved == "Eric Roberge")
        #expect(inverted?.text == "Keep your spending in check, but you can only cut costs so far")
        let experts = claims("Experts on prison safety told reporters that an inmate cannot be left alone.").first { $0.kind != .unattributed }
        #expect(experts?.speaker?.text == "Experts on prison safety")
        let vow = claims("Boris Johnson spoke in Leeds. He is under fire for failing to deliver on his often-repeated vow that Britain would leave by October.").first { $0.cue?.text == "vow" }
        #expect(vow?.speaker?.text == "his")
        #expect(vow?.speaker?.resolved == "Boris Johnson")
        // What seemed is the writer's: "seemed like Trump" is no speaker.
        let seemed = claims("If it seemed like Trump had told aides that the deal was dead, it is because he had.").first { $0.cue?.text == "told" }
        #expect(seemed?.speaker?.text == "Trump")
        // An age is no such adjective.
        let age = claims("“What if he had elocution lessons?” the 43-year-old asked in the description.").first { $0.kind == .direct }
        #expect(age?.speaker?.text == "the 43-year-old")
    }

    /// A name that describes something else, or names a place, a law or a program, is no
    /// antecedent for "he": the person named before it is.
    @Test func heSkipsPlacesAndNamesUsedAsModifiers() {
        func he(_ text: String) -> String? { claims(text).first { $0.speaker?.text.lowercased() == "he" }?.speaker?.resolved }
        #expect(he("Benjamin Netanyahu toured the Gush Etzion settlement bloc on Tuesday. “This is a historic day,” he told local leaders.") == "Benjamin Netanyahu")
        #expect(he("“We will fly in 2024,” said Brent Sherwood, vice president of advanced programs at Blue Origin. He declined to give a date.") == "Brent Sherwood")
        #expect(he("Mark Esper accused China of intimidating its neighbours in the South China Sea. He said the navy would stay.") == "Mark Esper")
        #expect(he("Dr. Raj Patel of the Michigan Department of Health and Human Services spoke on Friday. He says the risk remains.") == "Raj Patel")
        #expect(he("Joe Ruiz spoke at a rally in San Diego. He said the wall would be built.") == "Joe Ruiz")
        #expect(he("Tom Lee criticised the Affordable Care Act. He said premiums had doubled.") == "Tom Lee")
        // A weekday after a name says when: "Twitter Tuesday" is nobody.
        #expect(resolved("Ilhan Omar wrote in a letter posted on Twitter Tuesday. She said a harsh sentence would not help.", "She") == "Ilhan Omar")
        // A name used as a modifier still tells that its surname is a person's.
        #expect(he("Staff of the Bernie Sanders campaign gathered early. Sanders spoke at noon. Later he said the fight would go on.") == "Bernie Sanders")
        // The owner's own word: "the House Science Committee’s" is an institution.
        #expect(he("“It is not wise,” said Rep. Brian Babin, a member of the House Science Committee’s space panel. “We should wait,” he continued.") == "Brian Babin")
    }

    /// A finding keeps whom it studied ("a study in 50 people with diabetes"), and a participle
    /// after a report goes on with its speaker, not with a subject inside what was reported.
    @Test func findingsKeepWhomTheyStudiedAndParticiplesTheirSpeaker() {
        let study = claims("One small study in 50 people with diabetes showed that walking after meals lowered blood sugar.").first { $0.kind != .unattributed }
        #expect(study?.speaker?.text == "One small study in 50 people with diabetes")
        let older = claims("Another study in older adults found that water before meals reduced hunger.").first { $0.kind != .unattributed }
        #expect(older?.speaker?.text == "Another study in older adults")
        let saying = claims("Pompeo said that after a legal review Washington had concluded the settlements were lawful, saying he trusted the courts to decide.")
        #expect(saying.first { $0.cue?.text == "saying" }?.speaker?.text == "Pompeo")
    }

    /// A comparison's measure ("than we expect", "as good as the organisers hoped") is no
    /// report; a share of who spoke ("more than 40 percent of voters said") is.
    @Test func aComparisonsMeasureIsNoReport() {
        #expect(attributed("Our top charities can absorb far more funding than we expect to direct to them this year.").isEmpty)
        #expect(attributed("Was the summit not as good as the organisers hoped it would be for the city?").isEmpty)
        #expect(attributed("More than 40 percent of Clinton voters said they could not support Obama in the fall.").count == 1)
        #expect(attributed("More than a third agreed that Britain would have to wait its turn for a deal.").count == 1)
    }

    /// "declined to comment" refuses; "declined 3.3 percent" fell.
    @Test func aFallIsNoRefusal() {
        #expect(attributed("China's coal consumption declined 3.3 percent last year, the third fall in a row.").isEmpty)
        #expect(attributed("Advisory fees declined to $281 million in 2014 from $303 million in 2011.").isEmpty)
        #expect(attributed("Real wages in the middle of the scale declined significantly from 1989 to 2013.").isEmpty)
        #expect(attributed("The company declined to comment on the layoffs planned for next year.").first?.cue?.lemma == "decline")
        // After "beat" or "raised", a cue's noun form is the object.
        #expect(attributed("Separately, Norway’s October oil production beat forecasts and the potential oversupply, combined with worries over demand next year, sent prices lower.").isEmpty)
    }

    /// A cue inside brackets says no more than the brackets hold.
    @Test func aCueInBracketsEndsAtTheBracket() {
        let cs = claims("GateHouse cut 60 jobs (the company would not disclose the number but called it “immaterial”) and Gannett cut several hundred.")
        let called = cs.first { $0.cue?.text == "called" }
        #expect(called?.text == "it “immaterial”")
        #expect(!cs.contains { $0.kind != .unattributed && $0.text.contains("Gannett") })
    }

    /// A role before a first name is no part of the name, an initial is; titles are a
    /// person's, and a body or a place keeps its first words.
    @Test func rolesBeforeNamesAndTitlesOfPlaces() {
        #expect(resolved("Comedian Sarah Silverman spoke first. Later Silverman said the crowd was kind.", "Silverman") == "Sarah Silverman")
        #expect(resolved("Sens. Robert Menendez and Ben Cardin met. Menendez said the deal would not hold.", "Menendez") == "Robert Menendez")
        #expect(resolved("J. Gerald Hebert runs the center. Hebert said the maps were drawn unfairly.", "Hebert") == "J. Gerald Hebert")
        #expect(resolved("Senator Chris Coons, Democrat of Delaware, spoke on Monday. He said the vote would be close.", "He") == "Chris Coons")
        #expect(resolved("Officials of the Republican Party met on Monday in Ohio. The party said the platform would change soon.", "The party") == "Republican Party")
    }

    /// A gerund or "Whatever" opening a sentence is no part of the name after it.
    @Test func aGerundOpeningASentenceIsNoFirstName() {
        #expect(resolved("Tim Cook spoke first. Hosting Cook at the summit “is our dream,” Benioff said. Later Cook said privacy is a human right.", "Cook") == "Tim Cook")
        #expect(resolved("Whatever Apple ships next, reviewers will wait. Apple says that the battery lasts eleven hours.", "Apple") == "Apple")
        // A first name in -ing is still one.
        #expect(resolved("Sterling Brown spoke to reporters. Later Brown said the team would recover.", "Brown") == "Sterling Brown")
    }

    /// "He" and "she" go on with the first person of the nearest sentence that names one (its
    /// subject, mostly), not the last; a dateline's place in capitals is nobody.
    @Test func pronounsPreferTheSubjectOfTheNearestSentence() {
        #expect(resolved("Taylor Swift posted a letter accusing Kim Jones of blocking her songs. She claimed the label wanted a re-recording.", "She") == "Taylor Swift")
        #expect(resolved("Paul Manafort met Ted Cruz's delegates on Monday. ''We are winning the rules fight,'' he said.", "he") == "Paul Manafort")
        // A phrase fronted before the subject is not where the subject is.
        let topic = claims("As for Mr. Trump's attacks on the rules, Paul Manafort said the campaign wanted transparency. ''He is winning,'' he said.")
        #expect(topic.last { $0.speaker?.text == "he" }?.speaker?.resolved == "Paul Manafort")
        #expect(resolved("Felipe Calderon spoke to CNBC on Friday.\n\nMEXICO CITY — The wall is useless, he said in the interview.", "he") == "Felipe Calderon")
    }

    /// A contracted pronoun is the pronoun ("He’s" a man named before; "We’ve" the writer's
    /// own, nobody fuller), and a body is named without its article.
    @Test func contractedPronounsAndArticlesResolve() {
        #expect(resolved("Bernie Sanders is digging in for a floor fight. He’s suggesting that the delegates could still switch.", "He’s") == "Bernie Sanders")
        let we = claims("We’ve said before that the update is worth the wait. They said the rollout would finish soon.")
        #expect(we.contains { $0.speaker?.text == "We" && $0.speaker?.resolved == nil })
        #expect(!we.contains { $0.speaker?.resolved == "We’ve" || $0.speaker?.resolved == "We" })
        #expect(resolved("The California Public Utilities Commission met on Monday. The utilities commission said the outages were avoidable.", "The utilities commission") == "California Public Utilities Commission")
        // An owner's thing is no other owner's: "The European Union's top court" is not the
        // International Criminal Court, and it is what "the court" goes on to mean.
        let court = "The International Criminal Court opened an inquiry last year. The European Union's top court ruled that countries must label the products. The court said labels were needed."
        #expect(resolved(court, "The European Union's top court") == "European Union's top court")
        #expect(resolved(court, "The court") == "European Union's top court")
    }

    @Test func aFirstNameTellsWhomHeOrSheCanMean() {
        #expect(resolved("Hillary Clinton spoke in Ohio after Donald Trump left the stage. She said the plan would cost jobs.", "She") == "Hillary Clinton")
        // A first name alone is of its sex too, unless the article has it as a surname.
        #expect(resolved("Prince Andrew gave an interview on Saturday. Andrew said he could not have met Virginia Giuffre because she described a party he never attended.", "she") == "Virginia Giuffre")
        // Of one surname's bearers, a first name that tells nothing leaves the others unknown.
        #expect(resolved("Keith Scott was shot on Tuesday. Rakeyia Scott filmed the police from the street. She said they had no reason to shoot.", "She") == "Rakeyia Scott")
        // A surname alone is of the sex of the fullest name before it, though another bearer
        // leaves the surname itself unknown.
        let ford = "John M. Ford wrote novels. His cousin Dale Ford sold cars.\n\nWhen Ford visited his editor Teresa Nielsen Hayden at her office, he wrote poems. “Life was not long enough,” she recalled."
        #expect(resolved(ford, "she") == "Teresa Nielsen Hayden")
        #expect(resolved("Jo Walton met Taylor Reed. “It is dense,” he said.", "he") == "Taylor Reed")
    }

    @Test func quantitiesParseValueAndUnit() {
        let cs = claims("The agency said spending rose 3.5 percent to $3.2 billion, and about a third of it went on 1,200 new jobs.")
        let q = cs.flatMap(\.quantities)
        #expect(q.contains { $0.text == "3.5 percent" && $0.value == 3.5 && $0.unit == "percent" })
        #expect(q.contains { $0.text == "$3.2 billion" && $0.value == 3.2e9 && $0.unit == "USD" })
        #expect(q.contains { $0.text == "a third" && abs($0.value - 1.0 / 3) < 1e-9 })
        #expect(q.contains { $0.value == 1200 && $0.unit == "jobs" })
    }

    /// Shares ("Two-thirds of", "3 in 10", "one in four"), amounts written onto their scale
    /// ("€20m", "£1.2bn", "$15-an-hour") and ranges ("between 5 and 10 percent") are
    /// quantities; an ordinal ("a third term") or a period ("the first half of 2015") is not.
    @Test func sharesAttachedScalesAndRangesAreQuantities() {
        func quantities(_ text: String) -> [String] {
            claims(text).flatMap(\.quantities).map { "\($0.text)=\(($0.value * 1000).rounded() / 1000) \($0.unit ?? "-")" }
        }
        #expect(quantities("Two-thirds of the members backed the plan.") == ["Two-thirds=0.667 fraction"])
        #expect(quantities("About 3 in 10 adults smoke, and one in four voters is undecided.") == ["3 in 10=0.3 fraction", "one in four=0.25 fraction"])
        #expect(quantities("The fine was €20m and the bonus £1.2bn.") == ["€20m=20000000.0 EUR", "£1.2bn=1200000000.0 GBP"])
        #expect(quantities("He backed a $15-an-hour minimum wage for 40-year-old workers.") == ["$15=15.0 USD"])
        #expect(quantities("The 4K stream cost $10k and the debt 3bn.") == ["$10k=10000.0 USD", "3bn=3000000000.0 -"])
        #expect(quantities("Inflation was between 5 and 10 percent.") == ["5=5.0 percent", "10 percent=10.0 percent"])
        #expect(quantities("The plan would create 2 to 3 million jobs.") == ["2=2000000.0 jobs", "3 million jobs=3000000.0 jobs"])
        #expect(quantities("Naming a third justice in the first half of 2015 was his aim, and he got time and a half for it.").isEmpty)
    }

    /// The writer's own question asserts nothing; a quoted one is still what its speaker asked.
    @Test func aQuestionIsNoStatementOfTheArticle() {
        let cs = claims("Was this visit meant to find out how exposed the prince was? Unemployment fell to 3.9 percent in March.\n\n“Why are you still backing him?” Obama asked the senator.")
        #expect(!cs.contains { $0.kind == .unattributed && $0.text.hasSuffix("?") })
        #expect(cs.contains { $0.kind == .unattributed && $0.text.contains("3.9 percent") })
        #expect(cs.contains { $0.kind == .direct && $0.speaker?.resolved == "Obama" })
    }

    /// An aim is reported before "to"; a plan that is a thing reports nothing, an owner's
    /// plan is what the owner proposes.
    @Test func plansAreAimsBeforeToOrAnOwnersProposal() {
        #expect(attributed("Benford plans to caucus for him on March 1.").first?.speaker?.text == "Benford")
        #expect(attributed("Premiums for many plans rose by double digits for 2016.").isEmpty)
        #expect(attributed("Critics say a Republican tax plan would mostly benefit the wealthy.").allSatisfy { $0.cue?.lemma != "plan" })
        #expect(attributed("Mrs. Clinton's tax plan would raise $1.1 trillion over the next decade.").first?.cue?.lemma == "plan")
    }

    /// "maintain" reports a clause; with a noun phrase it keeps something.
    @Test func maintainingALeadIsNoClaim() {
        #expect(attributed("Clinton maintains a commanding lock on the party’s leadership.").isEmpty)
        #expect(attributed("She maintained a paid speaking schedule during a presidential candidacy.").isEmpty)
        #expect(attributed("Mr. Putin maintains the image of the strong leader that Mr. Trump so admires.").isEmpty)
        #expect(attributed("Clinton maintained the server was secure.").first?.text == "the server was secure")
        #expect(attributed("He maintained that a strong majority of members support Clinton.").count == 1)
        #expect(attributed("The campaign has long maintained they were not marked classified at the time.").first?.speaker?.text == "The campaign")
    }

    /// "The mayor of Chicago" is a mayor, not Chicago; a role's name after a comma is who speaks.
    @Test func aRoleOfAPlaceIsNotThePlace() {
        #expect(resolved("The mayor of Chicago said the school was a fraud. The mayor added that it must close.", "The mayor of Chicago") == "mayor of Chicago")
        #expect(resolved("The mayor of Chicago said the school was a fraud. The mayor added that it must close.", "The mayor") == "mayor of Chicago")
        #expect(resolved("The attorney general of the state of New York said the school was a fraud.", "The attorney general of the state of New York") == "attorney general of the state of New York")
        #expect(resolved("The wife of Donald Trump said the school was a fraud.", "The wife of Donald Trump") == "wife of Donald Trump")
        #expect(resolved("On Wednesday, the director of the Federal Bureau of Investigation, James B. Comey, said the inquiry was over.",
                         "the director of the Federal Bureau of Investigation, James B. Comey") == "James B. Comey")
        #expect(resolved("Secretary of State John Kerry said the ceasefire was holding.", "Secretary of State John Kerry") == "John Kerry")
    }

    /// A participle goes on with the subject of a verb group in the present too ("is suing"),
    /// and a base form after "and" only with a subject it agrees with.
    @Test func participlesAndBaseFormsGoOnWithASubjectTheyFit() {
        let suing = attributed("The attorney general of the state of New York is suing Trump for $40 million, claiming Trump University is a fraud.")
        #expect(suing.first?.speaker?.text == "The attorney general of the state of New York")
        #expect(suing.first?.text == "Trump University is a fraud")
        #expect(attributed("Beijing wants to let supply and demand dictate deals instead.").allSatisfy { $0.cue?.lemma != "demand" })
        #expect(attributed("Of the two, only Steyer will be on stage, but expect Bloomberg’s shadow to generate passionate arguments.").isEmpty)
        #expect(attributed("They never cite knowledge of presidential crimes but feel that Trump is dangerous.").first?.speaker?.text == "They")
        #expect(attributed("Boeing is one of the companies bidding on the program, and confirmed that its approach makes use of the rocket.").first?.speaker?.text == "Boeing")
    }

    /// Who the people are stays with them: where they are, what they are doing there.
    @Test func groupsKeepWhereTheyAreAndWhatTheyDo() {
        #expect(attributed("Voters going to the polls said they support a proposal.").first?.speaker?.text == "Voters going to the polls")
        #expect(attributed("Republicans in New Hampshire said Trump can’t be toppled next Tuesday.").first?.speaker?.text == "Republicans in New Hampshire")
        #expect(attributed("GOP insiders across the four states said Trump can’t be toppled.").first?.speaker?.text == "GOP insiders across the four states")
    }

    /// A document made by somebody is the speaker with its maker ("A survey conducted by …").
    @Test func aDocumentKeepsWhoMadeIt() {
        let survey = attributed("A random survey conducted by the One America News Network found Trump the winner of the debate.")
        #expect(survey.first?.speaker?.text == "A random survey conducted by the One America News Network")
        #expect(survey.first?.speaker?.resolved == "One America News Network")
        #expect(attributed("A letter signed by 50 senators said the deal was flawed.").first?.speaker?.text == "A letter signed by 50 senators")
    }

    /// Whom somebody told is never who spoke; a source ends at an aside's dash; the names in a
    /// description ("a protégé of …") are not the speaker's.
    @Test func addresseesAsidesAndDescriptionsAreNotSpeakers() {
        #expect(attributed("Reed, who will be the merged company’s chairman, told investors of New Media.").isEmpty)
        let post = attributed("Given that history -- and the fact that Trump has made more than 13,000 false claims, according to The Washington Post’s Fact Checker -- there is every reason to doubt the story.")
        #expect(post.first?.speaker?.text == "The Washington Post’s Fact Checker")
        let protege = attributed("The Bush-era whistleblower, a protégé of John Bolton and Dick Cheney, would then have claimed that he was told by a leaker that Obama confirmed it.")
        #expect(protege.first?.cue?.lemma == "claim")
        #expect(protege.first.map { $0.speaker?.resolved == nil } == true)
    }

    /// How long something was said is not what was said; what is answered is not the answer.
    @Test func durationsAndWhatIsAnsweredAreNoContent() {
        #expect(attributed("Austria argued for decades that it was the first victim of National Socialism.").first?.text == "it was the first victim of National Socialism")
        #expect(attributed("The Saudis have said for years that they would support the release of the pages.").first?.text == "they would support the release of the pages")
        #expect(attributed("We’ll try to respond promptly to questions or comments.").isEmpty)
        #expect(attributed("The ministry responded that the report was false.").first?.text == "the report was false")
        #expect(attributed("Those in favor of punishment have said that Rudolph instigated the fight.").first?.speaker?.text == "Those in favor of punishment")
    }

    /// Dashes: an aside between two is skipped, one alone ends the frame; "a newly revealed
    /// call" is an adjective's; a colon's list is not a participle's report.
    @Test func dashesAdverbsAndColonsEndNoStatement() {
        #expect(attributed("His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.").first?.text == "Trump raised about $4 million that day")
        #expect(attributed("Google promised – the review shows the game only renders at 1440p.").allSatisfy { $0.cue?.lemma != "promise" })
        #expect(attributed("He spoke about Ukraine and a newly revealed summertime phone call with President Donald Trump.").allSatisfy { $0.cue?.lemma != "reveal" })
        #expect(attributed("Most stand by the cause: defending Hong Kong’s way of life, safeguarded in theory until 2047.").isEmpty)
    }

    /// A verb group between commas is the predicate, so a participle after it goes on with the
    /// name that opens the sentence; "mentioning" reports what was brought up.
    @Test func aPredicateBetweenCommasIsNoAppositive() {
        let rubio = attributed("Rubio, particularly in the closing days of the Iowa campaign, has preached unity, claiming he above all others has the capacity to unite the party.")
        #expect(rubio.first?.speaker?.text == "Rubio")
        let mention = attributed("“He does not have the connections,” she said, mentioning Clinton’s ties to billionaire Eli Broad, among others.")
        #expect(mention.contains { $0.cue?.lemma == "mention" && $0.text.hasPrefix("Clinton’s ties") })
    }

    /// A participle opening the sentence reports for the main clause's subject; a byline's
    /// or a connective's does not.
    @Test func aFrontedParticipleReportsForTheSubject() {
        let noting = attributed("Noting that the economy had slowed, the minister said rates would stay low.")
        #expect(noting.contains { $0.cue?.lemma == "note" && $0.text == "the economy had slowed" && $0.speaker?.text == "the minister" })
        #expect(noting.contains { $0.cue?.lemma == "say" && $0.text == "rates would stay low" })
        let acknowledging = attributed("Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the mogul would win.")
        #expect(acknowledging.first?.speaker?.text == "Allen")
        #expect(acknowledging.first?.text == "Trump “says a lot of stupid stuff,”")
        #expect(attributed("Writing for the Los Angeles Times, Mark Barabak said the debate was a draw.").allSatisfy { $0.cue?.lemma != "write" })
        #expect(attributed("Adding to the campaign’s wariness is an understanding that Cruz has laid off his staff.").isEmpty)
    }

    /// A statement keeps its own verbs after "and": a base form after "to" or a modal, and a
    /// participle that is an adjective; the subject's second reporting verb still starts anew.
    @Test func aStatementKeepsItsOwnVerbsAfterAnd() {
        #expect(attributed("Kasich says he’d sit Putin down and tell him “no more nonsense.”").first?.text == "he’d sit Putin down and tell him “no more nonsense.”")
        #expect(attributed("He refused to say that Jerusalem should be the undivided and recognized capital of Israel.").map(\.text) == ["Jerusalem should be the undivided and recognized capital of Israel"])
        let two = attributed("Clinton said Trump is ultimately responsible for what happens at his events and accused him of inciting violence.")
        #expect(two.map { $0.cue?.lemma } == ["say", "accuse"])
    }

    /// "criminal suspects" is a noun; after words with no verb, ", but" and a past tense are
    /// the speaker's next predicate, after a clause they are the clause's.
    @Test func nounsAndTheSpeakersNextPredicate() {
        #expect(attributed("The bill meant criminal suspects could be extradited to the mainland.").isEmpty)
        #expect(attributed("Steenburgen called Buckley’s performance “stunning,” but seemed changed by the experience.").first?.text == "Buckley’s performance “stunning,”")
        #expect(attributed("Clinton says Obama had a super PAC when he ran for president, and took millions of dollars from donors.").first?.text.hasSuffix("from donors") == true)
    }

    /// A name opening the sentence goes on through the nouns after it ("Gay rights groups",
    /// "The Clinton campaign"), not through its verb ("Wealth-X keeps its …").
    @Test func anOpeningNameGoesOnThroughItsNouns() {
        #expect(attributed("Gay rights groups condemned the bill’s passage but praised the governor for vetoing it.").first?.speaker?.text == "Gay rights groups")
        #expect(attributed("The Clinton campaign released a statement Monday, calling it the mark of a desperate candidate.").first?.speaker?.text == "The Clinton campaign")
        #expect(attributed("Wealth-X keeps its own finances a secret but says its business has tripled over the last three years.").first?.speaker?.text == "Wealth-X")
        // A time between the speaker and the cue is no part of the speaker.
        #expect(attributed("Trump at the time said he’d asked his staff to look into it.").first?.speaker?.text == "Trump")
        #expect(attributed("The company in the morning said it would appeal.").first?.speaker?.text == "The company")
    }

    /// First names the news often prints give a sex ("Ilhan", "Kurt", "Angela"), so "he" and
    /// "she" skip the other one.
    @Test func moreFirstNamesTellHeFromShe() {
        let text = "Patrick Carlineo called the office. Ilhan Omar said the call was a threat. He said he was sorry."
        #expect(resolved(text, "He") == "Patrick Carlineo")
        let merkel = "Angela Merkel met Matteo Renzi in Rome. Renzi praised the deal. She said Europe would hold together."
        #expect(resolved(merkel, "She") == "Angela Merkel")
        #expect(resolved("Kurt Volker met the envoy in Kyiv. Volker said the talks went well.", "Volker") == "Kurt Volker")
        // The first name after a title's words ("Minnesota Gov. Mark Dayton").
        let dayton = "Amy Klobuchar spoke first. Minnesota Gov. Mark Dayton endorsed the plan. She said it would pass."
        #expect(resolved(dayton, "She") == "Amy Klobuchar")
    }

    /// A wire's tag that opens a sentence ("(Reuters) -") is no part of it, wherever the
    /// dateline before it was split off.
    @Test func aWireTagOpeningASentenceIsSkipped() {
        let text = "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday and said the United States must act to control gun violence."
        #expect(attributed(text).first?.speaker?.text == "President Barack Obama")
    }

    /// A show's name in quotation marks between the cue and "that" is where it was said.
    @Test func aShowsNameBeforeThatIsWhereItWasSaid() {
        #expect(attributed("Clinton refused to say in an interview on MSNBC’s “Morning Joe” that Sanders was up to the challenge.").first?.text == "Sanders was up to the challenge")
        #expect(attributed("Sanders told MSNBC’s “Morning Joe” that nobody would question her intelligence.").first?.text == "nobody would question her intelligence")
        #expect(attributed("He vowed to “take our fight” to the 35 states that would vote next.").first?.text.hasPrefix("to “take our fight”") == true)
    }

    /// A relative clause with no commas goes with its antecedent into the speaker.
    @Test func aRelativeClauseStaysWithItsSpeaker() {
        #expect(attributed("The lawyer who represents the family said the suit would go ahead.").first?.speaker?.text == "The lawyer who represents the family")
        let voters = attributed("Voters who backed Trump in 2016 said they would do so again.")
        #expect(voters.contains { $0.cue?.lemma == "say" && $0.speaker?.resolved == "Voters" })
        #expect(voters.allSatisfy { !$0.text.contains("said they") })
    }

    /// A date after the cue is when it was said: its day and year are no part of the content.
    @Test func aDatesDayAndYearAreTheTimeOfSaying() {
        #expect(attributed("The senator said in June 2012 that the country had changed.").first?.text == "the country had changed")
        #expect(attributed("The senator said on March 3, 2016, that the country had changed.").first?.text == "the country had changed")
        #expect(attributed("The senator said in 2012 that the country had changed.").first?.text == "the country had changed")
        // A number after "last year" is no day of a month: it is the content's.
        #expect(attributed("The mayor said last year 20 people had died.").first?.text == "20 people had died")
        let quoted = attributed("The country “has made dramatic changes for the better,” McConnell said in June 2012, citing the release of prisoners.")
        #expect(quoted.first?.text == "The country “has made dramatic changes for the better,”")
        #expect(quoted.first?.kind == .mixed)
        #expect(attributed("Please read the two guides I wrote in 2014 for people in that spot.").isEmpty)
    }

    /// "that" with a verb right after it is the content's subject; after a noun it opens the
    /// noun's relative clause, which reports nothing.
    @Test func thatBeforeAVerbIsASubjectOrARelative() {
        #expect(attributed("In the US, Volkswagen estimates that could be more like 300 miles on the EPA cycle.").first?.text == "that could be more like 300 miles on the EPA cycle")
        #expect(attributed("But legal experts said that is highly unlikely.").first?.text == "that is highly unlikely")
        #expect(attributed("The campaign did not respond to questions about his investments in companies that have recently outsourced jobs.").isEmpty)
    }

    /// A form after "my" or "our" is a noun, and a cue followed by "but" opens no content.
    @Test func nounFormsAndCoordinatorsReportNothing() {
        #expect(attributed("I am in control of my time, my projects, my earnings and my future.").isEmpty)
        let grant = attributed("The grant funds interventions that GiveWell and Evidence Action believe are promising but that lack existing organizations to scale them.")
        #expect(grant.allSatisfy { $0.cue?.lemma != "promise" })
    }

    /// "No doubt" is no cue, and a count after "added" or "admitted" is what was added or let
    /// in; "added that …" still reports.
    @Test func noDoubtAndCountsAfterAddAreNotReports() {
        #expect(attributed("No doubt the LC 500 Convertible looks very stylish with the roof down.").isEmpty)
        #expect(attributed("Danilo Gallinari added 25 points in his former home arena, and Nerlens Noel had 15.").isEmpty)
        #expect(attributed("The country admitted more than 1.4 million Syrian refugees, overwhelming its economy.").isEmpty)
        #expect(attributed("The ministry admitted that two people had died in the fire.").first?.text == "two people had died in the fire")
    }

    /// A clause of time before the speaker says when; a relative clause after the cue's phrase
    /// describes its noun. Neither is what was said.
    @Test func aClauseOfTimeOrPlaceIsNotTheStatement() {
        let text = "As the charges were unsealed in New York, Hawk Sawyer testified before the Senate Judiciary Committee in Washington, where lawmakers expressed outrage over the breakdown."
        #expect(attributed(text).allSatisfy { $0.cue?.text != "testified" })
        #expect(attributed(text).first?.speaker?.text == "lawmakers")
        #expect(attributed("And when asked to leave, he refused.").isEmpty)
        // The statement before a cue with a place after it stays.
        #expect(attributed("The economy is strong, Trump said in Ohio, where he was campaigning.").first?.text == "The economy is strong")
    }

    /// After "asked", whom it was asked of is no statement; and a quotation's frame in a
    /// sentence of its own ("… ?” / Todd asked …") is no claim of the writer's.
    @Test func whomSomebodyAskedIsNoStatement() {
        let cs = claims("“Did you know it was Mussolini?” Todd asked the real estate mogul.")
        #expect(cs.count == 1)
        #expect(cs.first?.kind == .direct && cs.first?.speaker?.text == "Todd")
        #expect(attributed("She asked the senator whether he would run.").first?.text == "the senator whether he would run")
    }

    /// A jail log's line ("Name: charges, …") is a list after a label, not a speaker's turn;
    /// a transcript's turn with a pronoun in it still is.
    @Test func aJailLogLineIsNoTurn() {
        #expect(attributed("Jonathan P. Blair: Possession of methamphetamine, visiting a common nuisance, held in jail in lieu of $72,500 bond").isEmpty)
        #expect(attributed("PENCE: Well, look, you know, Mark Cuban has been saying some pretty outrageous things.").first?.speaker?.text == "PENCE")
    }

    /// "People familiar with the matter": what unnamed sources know stays with them.
    @Test func whatSourcesKnowIsPartOfTheSpeaker() {
        #expect(attributed("People familiar with the matter said the deal was close.").first?.speaker?.text == "People familiar with the matter")
        #expect(attributed("Two people briefed on the talks said Trump has decided to wait.").first?.speaker?.text == "Two people briefed on the talks")
    }

    /// "Those close to him", "aides to her": a source named by whom it is close to is a speaker,
    /// and an unnamed one; the person it knows does not speak.
    @Test func aSourceCloseToSomebodyIsUnnamed() {
        let him = attributed("Those close to him say he would have to consider Rep. Don Beyer.").first
        #expect(him?.speaker?.text == "Those close to him")
        #expect(him?.speaker?.resolved == nil)
        #expect(attributed("Aides to her said the deal would close in May.").first?.speaker?.text == "Aides to her")
        let trump = attributed("Those close to Trump said the deal would close in May.").first
        #expect(trump?.speaker?.text == "Those close to Trump")
        #expect(trump?.speaker?.resolved == nil)
        #expect(attributed("Let him say the deal would close in May.").isEmpty)
    }

    /// An inverted speaker may have a particle in the name and a time after it; its frame
    /// ends the statement before it.
    @Test func anInvertedSpeakersNameAndTime() {
        let bolle = attributed("If tariffs go high enough, firms will pass on the increase to consumers, said Monica de Bolle, a senior fellow at the Peterson Institute.")
        #expect(bolle.first?.speaker?.resolved == "Monica de Bolle")
        #expect(bolle.first?.text == "If tariffs go high enough, firms will pass on the increase to consumers")
        let amnesty = attributed("Footage reveals a pattern of killings by security forces, which have used lethal force to crush protests, said Amnesty International on Tuesday.")
        #expect(amnesty.contains { $0.speaker?.text == "Amnesty International" && $0.text.hasPrefix("Footage reveals") })
        #expect(amnesty.allSatisfy { !$0.text.contains("said Amnesty") })
    }

    /// "Q:" and "A:" are an interview's turns: the label is the mention, and it names nobody.
    @Test func interviewTurnLettersNameNobody() {
        let turns = claims("Q: You have been talking about how the country is on the upswing?\n\nA: It is a big mistake and everybody is making it.")
        #expect(turns.contains { $0.speaker?.text == "Q" && $0.speaker?.resolved == nil })
        #expect(turns.contains { $0.speaker?.text == "A" && $0.speaker?.resolved == nil })
    }

    /// "They" stands for the last group that spoke, not for the last company or body.
    @Test func theyIsTheLastGroupThatSpoke() {
        let text = "The FBI reopened the inquiry on Friday. Former prosecutors said investigators were feeling the pressure of time. Take action before the election, they said, and you risk being seen as partisan."
        #expect(resolved(text, "they") == "Former prosecutors")
        let pair = "Scott Bessent and Kevin Hassett spoke to CNBC. Bessent and Hassett said talks would resume. They added that the tariffs would stay."
        #expect(resolved(pair, "They") == "Scott Bessent and Kevin Hassett")
        // A group that opens a sentence as its subject, though it said nothing.
        let subject = "The FBI reopened the inquiry. Sanders supporters are crying “fraud” over delegate selection. They have promised to press their case at the convention."
        #expect(resolved(subject, "They") == "Sanders supporters")
    }

    /// "House of Representatives" is a body, not a person called "Representatives".
    @Test func theHouseOfRepresentativesIsABody() {
        #expect(resolved("The House of Representatives said the vote would be close.", "The House of Representatives") == "House of Representatives")
        let both = "The House of Representatives and the Senate said the bill would pass next week."
        #expect(resolved(both, "The House of Representatives and the Senate") == "House of Representatives and the Senate")
    }

    /// A number word opens no person's name: "our One Home Depot strategy" is no fuller name
    /// for the company.
    @Test func aNumberWordOpensNoPersonsName() {
        let text = "Sales reflected the timing of our One Home Depot strategic investments. Dow component Home Depot reported third-quarter earnings that topped estimates."
        #expect(resolved(text, "Dow component Home Depot") == "Home Depot")
    }

    /// A subheading in title case and a lead-in ending in a colon are no claims of the
    /// writer's; the sentence after them is.
    @Test func subheadingsAndLeadInsAreNoClaims() {
        let cs = claims("The deal was signed in May.\n\nStadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap\n\nHere is what you will focus on while you are there:\n\nThe price rose 20 percent in a year.")
        #expect(cs.map(\.text) == ["The deal was signed in May.", "The price rose 20 percent in a year."])
    }

    /// "Although X suggested Y, Z told lawmakers W": the concession before the speaker is not
    /// what Z told; and after "told" and whom, a clause with no "that" is.
    @Test func aConcessionIsNotWhatTheSpeakerTold() {
        let cs = attributed("Although representatives of Epstein's family suggested the financier may have been murdered, Hawk Sawyer told lawmakers no evidence supports anything other than suicide.")
        let told = cs.first { $0.cue?.text == "told" }
        #expect(told?.speaker?.text == "Hawk Sawyer")
        #expect(told?.text == "no evidence supports anything other than suicide")
        #expect(attributed("She told reporters the plan would fail.").first?.text == "the plan would fail")
        #expect(attributed("He told the AP the company was in talks.").first?.text == "the company was in talks")
        // Whom and what was told, with no clause after: nothing.
        #expect(attributed("He told the tale of a man who was ill.").isEmpty)
    }

    /// "spent 45 seconds explaining": the one who spent the time is the speaker.
    @Test func whoSpentTheTimeIsTheSpeaker() {
        #expect(attributed("Andrew also spent 45 seconds explaining how he could not have been there.").first?.speaker?.text == "Andrew")
        #expect(attributed("Maria Lopez spent the afternoon arguing that the law was unfair.").first?.speaker?.text == "Maria Lopez")
    }

    /// An owner's plans before a time or a place are no proposal: "NASA’s exploration plans
    /// since …".
    @Test func anOwnersPlansBeforeATimeAreANoun() {
        #expect(attributed("The SLS has been a key part of NASA's exploration plans since the language in the 2010 act that directed the agency to develop it.").isEmpty)
        #expect(attributed("Mrs. Clinton's tax plan would raise taxes on the wealthy.").first?.cue?.text == "plan")
    }

    /// An aside in brackets after the speaker or the cue is the writer's: the statement is the
    /// words before it. A party tag in brackets stays with the name.
    @Test func anAsideAfterTheSpeakerIsNotTheStatement() {
        let inverted = attributed("The deal would close in May, said Mr. Burman (a view echoed by others).")
        #expect(inverted.first?.speaker?.text == "Mr. Burman")
        #expect(inverted.first?.text == "The deal would close in May")
        let plain = attributed("The deal would close in May, Mr. Burman said (a view echoed by others).")
        #expect(plain.count == 1)
        #expect(plain.first?.text == "The deal would close in May")
        #expect(attributed("He said (in a statement) that the deal would close in May.").first?.text == "the deal would close in May")
        #expect(attributed("The deal would close in May, said Rep. Jim Clyburn (D-S.C.).").first?.speaker?.text == "Rep. Jim Clyburn (D-S.C.)")
    }

    /// "Police say he posed a threat and refused …": a verb after "and" in another tense than
    /// the cue's goes on with the statement's subject; one in the cue's tense is the speaker's
    /// next report.
    @Test func aVerbInAnotherTenseGoesOnWithTheStatement() {
        let police = attributed("Police say he posed a deadly threat and refused to drop the gun.")
        #expect(police.count == 1)
        #expect(police.first?.text == "he posed a deadly threat and refused to drop the gun")
        let urged = attributed("Police said he posed a deadly threat and urged residents to stay inside.")
        #expect(urged.first?.text == "he posed a deadly threat")
        #expect(urged.contains { $0.cue?.text == "urged" && $0.speaker?.text == "Police" })
        // "did say": the auxiliary carries the tense, so "called" is the speaker's again.
        let donor = attributed("The donor did say he found Trump to be charming and called his standing unheard of.")
        #expect(donor.contains { $0.cue?.text == "called" })
    }

    /// Forms that look like reports and are not: "too early to tell whether", "the greatest
    /// fear that I have ever seen", "Everything Trump says is a lie", "written letters".
    @Test func wordsThatLookLikeReports() {
        #expect(attributed("At a press conference, the mayor said it was too early to tell whether the explosion was caused by a bomb, and there was no evidence yet.").allSatisfy { $0.cue?.text != "tell" })
        #expect(attributed("This reeks of some of the greatest fear that I have ever seen.").isEmpty)
        #expect(attributed("His latest claim is that the plan would fail.").first?.cue?.text == "claim")
        #expect(attributed("Everything Trump says is a lie unless proven otherwise.").isEmpty)
        #expect(attributed("I have written letters for several of them, trying to help them secure visas.").isEmpty)
        #expect(attributed("He wrote that the plan would fail.").first?.cue?.text == "wrote")
        // A word that opens sentences is nobody's name.
        #expect(attributed("Perhaps go a step further, and ask would you vote for him.").isEmpty)
    }

    /// Adverbs of manner and frequency between the speaker and the cue are neither's:
    /// "Manafort politely suggested", "it can sometimes feel"; "believe me," is an aside.
    @Test func adverbsBeforeTheCueAreNotTheSpeaker() {
        #expect(attributed("Manafort politely suggested that this might be seen as condescending.").first?.speaker?.text == "Manafort")
        #expect(attributed("Mitt Romney largely accused Obama of bungling the rehabilitation.").first?.speaker?.text == "Mitt Romney")
        #expect(attributed("But it can sometimes feel like Republicans are falling in line, not in love.").isEmpty)
        #expect(attributed("I claim Trump is not a billionaire and believe me, you will never see his tax records.").allSatisfy { $0.cue?.text != "believe" })
    }

    /// "plans to" and "is set to" are about the future; "the plan" and "a deal" are not.
    @Test func aPlanIsAPredictionOnlyBeforeTo() {
        #expect(claims("The company plans to cut 300 jobs next spring.").first?.types.contains("prediction") == true)
        #expect(claims("The bill is set to pass the Senate.").first?.types.contains("prediction") == true)
        #expect(claims("Trump criticized the plan on Monday.").first?.types.contains("prediction") == false)
        #expect(claims("They reached a deal with Iran in 2015.").first?.types.contains("prediction") == false)
    }

    /// Verbs of praise, blame and reminding report a stance as "criticized" does.
    @Test func praiseBlameAndRemindingAreCues() {
        let decried = attributed("Khizr Khan decried the repeated calls to ban all Muslims from entering the country.")
        #expect(decried.first?.cue?.text == "decried")
        #expect(decried.first?.speaker?.text == "Khizr Khan")
        #expect(attributed("Obama touted the law’s accomplishments before he left for Hawaii.").first?.cue?.text == "touted")
        #expect(attributed("She reminded voters that the economy had been bleak in 2009.").first?.text == "the economy had been bleak in 2009")
        #expect(attributed("A campaign aide later clarified that Clinton misspoke on Friday.").first?.speaker?.text == "A campaign aide")
        // Nouns of the same spelling attribute nothing.
        #expect(attributed("The credit card debt rose to a record.").isEmpty)
    }

    /// Verbs of speaking about a topic, of voicing and of retelling are cues; "talking points"
    /// and a plea in court are not.
    @Test func topicsAndVoicingAreCues() {
        let talked = attributed("He talked about how devastating the shooting was for Dallas.")
        #expect(talked.first?.text == "how devastating the shooting was for Dallas")
        #expect(attributed("Only half a dozen senators expressed a willingness to meet with Garland.").first?.cue?.text == "expressed")
        #expect(attributed("Rubio bemoaned the political climate in which people hate each other.").first?.speaker?.text == "Rubio")
        #expect(attributed("His wife pleaded with the officers to spare his life.").first?.text == "the officers to spare his life")
        #expect(attributed("Petraeus pleaded guilty to a misdemeanor charge of mishandling information.").isEmpty)
        #expect(attributed("One of his main talking points is the outflow of American jobs to Mexico.").isEmpty)
    }

    /// Phrases that name a topic or a retort: "talking about", "spoke of", "warned of", "shot
    /// back"; "shot back up" is a rise.
    @Test func phrasesOfTopicAndRetort() {
        #expect(attributed("He is talking about the rigged system again.").first?.text == "the rigged system again")
        #expect(attributed("Clinton warned of a recession if Trump is elected.").first?.types.contains("prediction") == true)
        #expect(attributed("“That is false,” Trump shot back on Twitter.").first?.speaker?.text == "Trump")
        #expect(attributed("The senator made clear that he would not back the bill.").first?.text == "he would not back the bill")
        #expect(attributed("Health care spending shot back up and grew by 5.3 percent last year.").isEmpty)
    }

    /// ", and" with a clause of its own before an inverted cue is the statement's, not an
    /// appositive of a speaker; ", and" with a name adds a speaker.
    @Test func aClauseAfterAndIsNoAppositive() {
        let text = "The refusal did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room."
        #expect(attributed(text).first?.speaker?.text == "one GOP source")
        let nixon = attributed("Hillary Clinton and Bernie Sanders, and Democratic Gov. Jay Nixon tweeted their approval of the filibuster.")
        #expect(nixon.first?.text == "their approval of the filibuster")
    }

    /// "many of whom say" is a share of the people named before it; "would like to" is a wish.
    @Test func aShareOfWhomAndAWish() {
        let families = attributed("The bill has not gone over well with families of victims, many of whom say the claims about retaliation are unfounded.")
        #expect(families.first?.speaker?.text == "many of whom")
        #expect(families.first?.text == "the claims about retaliation are unfounded")
        let wish = attributed("The campaign would like to organize another rally featuring both of them.")
        #expect(wish.first?.cue?.text == "would like")
        #expect(wish.first?.stance == .hedges)
    }

    /// The name of a work in quotation marks is no quotation, with a subtitle or the sentence's
    /// period inside the marks; short statements in title case still are.
    @Test func namedWorksAreNoQuotations() {
        #expect(attributed("She was adamant, she wrote in her memoir, \"Tough Choices.\"").allSatisfy { $0.kind != .direct })
        #expect(claims("His slogan is printed on the hat: “Make America Great Again.”").allSatisfy { $0.kind != .direct })
        let wilson = attributed("“Two people have the knowledge to do that,” said Rick Wilson, a strategist. “That’s Jeb Bush and Marco Rubio.”")
        #expect(wilson.contains { $0.text == "“That’s Jeb Bush and Marco Rubio.”" && $0.speaker?.resolved == "Rick Wilson" })
        #expect(attributed("“As President,” she said, “I will raise the minimum wage for every worker.”").first?.kind == .direct)
    }

    /// Welcoming, championing, requesting and hoping are cues; a source's condition and a
    /// push that moves a thing are not.
    @Test func stancesRequestsAndHopesAreCues() {
        #expect(attributed("Senate Republicans welcomed the news that Kasich would quit the race.").first?.cue?.text == "welcomed")
        #expect(attributed("Sanders is hoping to realize a progressive vision through hard-fought victories.").first?.speaker?.text == "Sanders")
        #expect(attributed("The governor pushed for a vote on the bill before the recess.").first?.cue?.text == "pushed for")
        #expect(attributed("Two officials requested anonymity to discuss a private conversation.").isEmpty)
        #expect(attributed("The late surge pushes the tally beyond the total for 2012.").isEmpty)
    }

    /// A report in a clause of concession or time, or in a relative clause, ends with that
    /// clause; the main clause after the comma is not what was said.
    @Test func aReportInASubordinateClauseEndsWithIt() {
        let text = "Although he did not mention Marco Rubio or John Kasich by name, he made it clear that he felt they should drop out."
        #expect(attributed(text).first { $0.cue?.text == "mention" }?.text == "Marco Rubio or John Kasich by name")
        #expect(attributed(text).contains { $0.cue?.text == "made it clear" })
        let relative = "Clinton, who once praised the Trans-Pacific Partnership trade agreement, offered her firmest promise yet that she would not allow the accord to pass."
        #expect(attributed(relative).first { $0.cue?.text == "praised" }?.text == "the Trans-Pacific Partnership trade agreement")
        // An aside inside the statement, then its own verb: no cut.
        let aside = "Mr. Perez, who argued that the two men, and Mr. Cruz in particular, must do more, spoke on Friday."
        #expect(attributed(aside).first { $0.cue?.text == "argued" }?.text.hasPrefix("the two men, and Mr. Cruz in particular, must do more") == true)
        // A place's commas are no clause's end.
        let place = "When she learned that Donald J. Trump would campaign in Louisville, Ky., where she is a student, she walked into a store."
        #expect(attributed(place).first?.text == "Donald J. Trump would campaign in Louisville, Ky., where she is a student")
    }

    /// A verb of aspect before a participle cue is the speaker's verb, not part of the speaker.
    @Test func aspectVerbsBeforeAParticipleCue() {
        #expect(attributed("Trump began criticizing the plan on Monday.").first?.speaker?.text == "Trump")
        #expect(attributed("Labor Secretary Thomas Perez stopped writing his speech and left.").first?.speaker?.text == "Labor Secretary Thomas Perez")
        #expect(attributed("Mr. Trump hardly clarified that he pays federal taxes.").first?.speaker?.text == "Mr. Trump")
    }

    /// Two right single marks close a quotation as a double one does, and "Will" before a
    /// capitalised word is a first name, not a modal.
    @Test func doubledSingleMarksAndWillAsAName() {
        let moy = attributed("“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC.")
        #expect(moy.first?.kind == .direct)
        #expect(moy.first?.cue?.text == "told")
        #expect(moy.first?.speaker?.resolved == "Will Moy")
        #expect(attributed("The plan was an attempt to mislead voters, Will Moy said.").first?.speaker?.text == "Will Moy")
    }

    /// ", Morrison testified." at the end is another speaker's frame, not part of what the
    /// first speaker said.
    @Test func aTrailingFrameEndsTheStatement() {
        let cs = attributed("Sondland said U.S. aid might be freed if the country would announce the investigations, Morrison testified.")
        #expect(cs.first { $0.speaker?.text == "Sondland" }?.text == "U.S. aid might be freed if the country would announce the investigations")
        #expect(cs.contains { $0.speaker?.text == "Morrison" && $0.cue?.text == "testified" })
        #expect(attributed("The senator said the bill would pass, officials said on Friday.").first { $0.speaker?.text == "The senator" }?.text == "the bill would pass")
    }

    /// Things joined by "and" are no group that "they" can stand for.
    @Test func thingsJoinedByAndAreNoGroup() {
        let text = "Excessive force and police brutality have magnified these protests. They note that the army took to the streets."
        #expect(resolved(text, "They") == nil)
        #expect(resolved("The mayor and the governor have accelerated the plan. They said the plan would fail.", "They") == "mayor and the governor")
    }

    /// "Correction added Nov. 18, 2019:" dates an editor's note; nobody added anything.
    @Test func aNoteAddedOnADateIsNoStatement() {
        #expect(attributed("Correction added Nov. 18, 2019: The caption below the photograph originally made an unconfirmed statement.").isEmpty)
        #expect(attributed("He added that the caption was wrong.").first?.cue?.text == "added")
        // An abbreviated month's day is a date, not a quantity.
        #expect(claims("The vote is set for Nov. 18, and 300 people will attend.").first?.quantities.map(\.text) == ["300 people"])
    }

    /// The commas of a list of names inside an appositive are the appositive's, not the
    /// frame's: the speaker is the person, not the list's tail.
    @Test func aListOfNamesInsideAnAppositive() {
        let text = "“We are ready to fly,” Jim Chilton, senior vice president at Boeing Defense, Space, and Security, said on Monday."
        let c = attributed(text).first
        #expect(c?.kind == .direct)
        #expect(c?.speaker?.text.hasPrefix("Jim Chilton") == true)
        #expect(c?.cue?.text == "said")
    }

    /// "At a hearing last month, X pushed for …": a noun in -ing after its article, or the verb
    /// of a relative clause, makes no statement of the opening phrase.
    @Test func anOpeningPhraseWithAnINGNounIsNoStatement() {
        #expect(attributed("At a hearing of the subcommittee that funds the agency, Rep. Robert Aderholt pushed for more money.").allSatisfy { !$0.text.hasPrefix("At a hearing") })
        #expect(attributed("In a changing economy, Millennials believe in the American dream.").allSatisfy { $0.text != "In a changing economy" })
        // "that" pointing, after the preposition, is no relative clause: the clause is content.
        #expect(attributed("In that last step, officers can include a social media search, federal officials said.").first?.text == "In that last step, officers can include a social media search")
    }

    /// A participle after the object of the sentence's own past tense describes that object:
    /// "fake emails intended to get …" is nobody's intention.
    @Test func aParticipleAfterAnObjectIsNoCue() {
        #expect(attributed("The hackers sent fake emails intended to get a person to click on a link.").isEmpty)
        // A relative clause's verb leaves the main verb a cue.
        #expect(attributed("One of the doctors who sent the letter called Oz a quack and a charlatan.").first?.cue?.text == "called")
    }

    /// "continued its expansion", "advised Obama on the overhaul": going on with something, and
    /// counsel on a subject, are no statements; a clause or "to" after them is.
    @Test func goingOnAndCounselAreNoStatements() {
        #expect(attributed("The company continued its expansion into new markets last year.").isEmpty)
        #expect(attributed("Cordesman, who advised Sen. John McCain on the war, spoke on Friday.").allSatisfy { $0.cue?.text != "advised" })
        #expect(attributed("Her lawyers advised her to stay silent during the hearing.").first?.cue?.text == "advised")
        #expect(attributed("He continued: “We will not give up on this fight.”").first?.cue?.text == "continued")
    }

    /// "said the group is not an advocacy group and supports …": the present verb agrees with
    /// the statement's "is", not with the past cue, so it is the statement's own.
    @Test func aVerbAgreeingWithTheStatementStaysInIt() {
        let cs = attributed("Osuna said the group is not an advocacy group and supports candidates on both sides of the aisle.")
        #expect(cs.count == 1)
        #expect(cs.first?.text == "the group is not an advocacy group and supports candidates on both sides of the aisle")
        // A past verb after a present cue is the speaker's next report.
        #expect(attributed("He agrees Trump is an opportunist and said the record is quite clear on that.").count == 2)
    }

    /// "At times last year, people close to him said, the mere mention …": a phrase of time or
    /// place before a parenthetical frame is the writer's, not part of the statement.
    @Test func anOpeningPhraseBeforeAParentheticalFrameIsNoStatement() {
        let c = attributed("At times last year, people close to the vice president said, the mere mention of her name could make him fume.").first
        #expect(c?.text == "the mere mention of her name could make him fume")
        #expect(c?.speaker?.text == "people close to the vice president")
        // A clause before the frame is the statement's start.
        #expect(attributed("The economy, he said, is growing faster than anyone expected.").first?.text.hasPrefix("The economy") == true)
    }

    /// A cue inside the clause or phrase that opens the sentence ("Despite …,", "While …,",
    /// "If …,") says no more than that clause; the main clause after its comma is the writer's.
    @Test func aCueInAnOpeningClauseEndsAtItsComma() {
        let despite = attributed("Despite experts warning that the bridge was unsafe, the city kept it open for another year.")
        #expect(despite.first?.text == "the bridge was unsafe")
        let plural = attributed("Despite parliamentary reports urging new rules to combat misinformation, officials in Britain have made no changes.")
        #expect(plural.first?.text == "new rules to combat misinformation")
        // A place's comma is no clause's end.
        let place = attributed("While she said Trump would campaign in Louisville, Ky., this week, her rival stayed home.")
        #expect(place.first?.text == "Trump would campaign in Louisville, Ky., this week")
        // The condition is no statement of the main clause's subject.
        let condition = attributed("If Trump says the plan works, voters will believe him.")
        #expect(condition.count == 1)
        #expect(condition.first?.speaker?.text == "Trump")
    }

    /// A relative clause's statement ends where the main clause's verb comes: "The woman who
    /// says she was fired sued the company".
    @Test func aRestrictiveRelativeClauseEndsAtTheMainVerb() {
        #expect(attributed("The woman who says she was fired sued the company on Monday.").first?.text == "she was fired")
        #expect(attributed("A friend who calls me her “sister” didn’t answer the texts I sent her.").first?.text == "me her “sister”")
        // A participle with no verb before it belongs to the statement's own clause.
        #expect(attributed("The woman who says the man she loved is gone sued the company.").first?.text.hasPrefix("the man she loved is gone") == true)
    }

    /// "cannot" and "somehow" belong to the verb group, not the speaker; "outlined above" points
    /// to the writer's own text; a result posted is no message.
    @Test func verbGroupsPointersAndResults() {
        #expect(attributed("Our State Department experts somehow cannot explain why they were silent.").first?.speaker?.text == "Our State Department experts")
        #expect(attributed("The case for the grant outlined above is strong.").isEmpty)
        #expect(attributed("The company posted a record loss in the third quarter.").isEmpty)
        #expect(attributed("She posted a photo of herself on Instagram.").first?.cue?.text == "posted")
    }

    /// A poll, an average or an analysis opening the sentence with its own phrase or relative
    /// clause is the whole speaker of what it shows; "average" before a noun is an adjective.
    @Test func aFindingsPhraseIsItsSpeaker() {
        let conducted = attributed("The poll conducted last week shows Clinton leading Trump.")
        #expect(conducted.first?.speaker?.text == "The poll conducted last week")
        let average = attributed("The average of polls taken over the past two weeks shows Clinton leading Trump by three points.")
        #expect(average.first?.speaker?.text == "The average of polls taken over the past two weeks")
        #expect(average.first?.text == "Clinton leading Trump by three points")
        let analysis = attributed("A USA TODAY analysis of super PACs that have raised $1 million or more since Jan. 1, 2015, shows Democratic groups outpacing Republicans.")
        #expect(analysis.first?.speaker?.text == "A USA TODAY analysis of super PACs that have raised $1 million or more since Jan. 1, 2015")
        #expect(attributed("The average American shows little interest in politics.").isEmpty)
        // The cue of a relative clause is not the finding's.
        #expect(attributed("The polls that show Johnson at 10 percent have Clinton's lead growing.").isEmpty)
    }

    /// Inside a transcript turn "I" is the turn's speaker.
    @Test func iInsideATranscriptTurnIsItsSpeaker() {
        let turn = claims("Mary Fallin spoke to CNN on Sunday.\n\nTAPPER: Do you think he has campaigned as a healer?\n\nFALLIN: I think he is trying to campaign as a racial healer. And I think that is his intent.")
        let inside = turn.filter { $0.cue?.text == "think" }
        #expect(inside.count == 2)
        #expect(inside.allSatisfy { $0.speaker?.text == "I" && $0.speaker?.resolved == "Mary Fallin" })
        // Outside a turn "I" stays unresolved.
        #expect(claims("I think the plan will fail.").first?.speaker?.resolved == nil)
    }

    /// "called" a person and then a purpose or the clause's end is a phone call; "think twice"
    /// hesitates.
    @Test func aPhoneCallIsNoStatement() {
        #expect(attributed("Hillary Clinton called Alicia Machado on Friday to express gratitude to the former Miss Universe.").isEmpty)
        #expect(attributed("Bill Clinton called her to get together again.").isEmpty)
        #expect(attributed("Trump called Clinton, his Democratic challenger, an ISIS “co-founder.”").first?.text.hasPrefix("Clinton, his Democratic challenger") == true)
        #expect(attributed("Obama called Trump the least qualified candidate ever.").first?.cue?.text == "called")
        // Nor is thinking twice a view.
        #expect(attributed("Workers will think twice before agreeing to extensive tests.").isEmpty)
    }

    /// A goal, a number or a thing added is no remark; a clause, a caveat or words are.
    @Test func aThingAddedIsNoRemark() {
        #expect(attributed("Anthony Beauvillier added his seventh for the Islanders, and Semyon Varlamov stopped 27 shots.").isEmpty)
        #expect(attributed("The economy added 200,000 jobs in May.").isEmpty)
        #expect(attributed("He added the vote would be close.").first?.text == "the vote would be close")
        #expect(attributed("She added a caveat: “Down the ballot, I will vote for anyone who shares his values.”").first?.cue?.text == "added")
        #expect(attributed("“We will win,” he added.").first?.cue?.text == "added")
    }

    /// A work written is no statement; what it says, when it follows in the clause, is.
    @Test func aWorkWrittenIsNoStatement() {
        #expect(attributed("Brian Burton wrote a host of new songs for the upcoming album.").isEmpty)
        #expect(attributed("I wrote a long rant about this last year when it was apparent that Apple focuses less on hardware.").isEmpty)
        #expect(attributed("A student wrote the local newspaper, The Perry Chief, that these experiences were becoming common.").first?.cue?.text == "wrote")
        #expect(attributed("He wrote his first newspaper column on that subject, “You fit it with other tragedies we've seen.”").first?.cue?.text == "wrote")
        #expect(attributed("She wrote that the plan would fail.").first?.text == "the plan would fail")
    }

    /// "Let’s hope" is the writer's exhortation; after a plural, "who" and a plain word is a
    /// relative clause of the speaker's ("People who upload videos said").
    @Test func exhortationsAndPlainVerbsAfterWho() {
        #expect(attributed("Let’s hope we see more of his associates grilled about their ties.").isEmpty)
        #expect(attributed("People who upload videos said the change was bad.").first?.speaker?.text == "People who upload videos")
        #expect(attributed("Voters who support the plan said it was fair.").first?.speaker?.text == "Voters who support the plan")
    }

    /// A document opening the sentence with a phrase of its own is the speaker, not the
    /// phrase's last noun.
    @Test func aDocumentWithItsPhraseIsTheSpeaker() {
        #expect(attributed("An October 11 presentation to bondholders indicated administrative jobs would be cut.").first?.speaker?.text == "An October 11 presentation to bondholders")
        #expect(attributed("A letter to shareholders said the company would grow.").first?.speaker?.text == "A letter to shareholders")
        #expect(attributed("A complaint filed in federal court alleges the bank misled investors.").first?.speaker?.text == "A complaint filed in federal court")
        let statement = attributed("A statement released by the ministry said talks would resume.").first?.speaker
        #expect(statement?.text == "A statement released by the ministry")
        #expect(statement?.resolved == "the ministry")
    }

    /// A place and its country inside an appositive, a second description after ", and", and
    /// where a named person is from are all the speaker's.
    @Test func placesAndSecondDescriptionsStayInTheAppositive() {
        let nelson = attributed("“Numerical experiments work,” Dylan Nelson, a postdoctoral fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said in a statement.").first?.speaker
        #expect(nelson?.resolved == "Dylan Nelson")
        let brown = attributed("Another superdelegate, Michael Brown of Washington, D.C., explained the reason for his support.").first?.speaker
        #expect(brown?.text == "Another superdelegate, Michael Brown of Washington, D.C.")
        #expect(brown?.resolved == "Michael Brown")
        // A place with no appositive before it ends nothing early.
        #expect(attributed("Betsy Sharp of Burke County, Georgia, knows Donald Trump better than most.").first?.speaker?.text == "Betsy Sharp of Burke County, Georgia")
        #expect(attributed("The director of the European Centre, Ina Kirsch, said the group hired the lobbyists.").first?.speaker?.resolved == "Ina Kirsch")
    }

    /// A story or a will written is a work, not a statement, after an adjective too.
    @Test func aStoryOrAWillWrittenIsAWork() {
        #expect(attributed("Ford wrote a short story where God cheats at Scrabble.").isEmpty)
        #expect(attributed("Although he had written a will, it was never executed.").isEmpty)
        #expect(attributed("He wrote that the plan would fail.").first?.text == "the plan would fail")
    }

    /// A cue inside a prepositional phrase that opens the sentence says no more than the
    /// phrase; the main clause keeps its own attribution.
    @Test func aCueInAnOpeningPhraseEndsAtItsComma() {
        let cs = attributed("In a letter calling for the meeting, CPUC President Marybel Batjer said that the outage endangers lives.")
        #expect(cs.first { $0.cue?.text == "calling" }?.text == "for the meeting")
        #expect(cs.first { $0.cue?.text == "said" }?.text == "the outage endangers lives")
        #expect(attributed("With most of his rivals calling for a bigger war, Trump hewed to Obama's approach.").first?.text == "a bigger war")
    }

    /// A gerund opening a sentence ("Cutting your expenses and spending takes …") is an act,
    /// not a group a later "they" stands for.
    @Test func aGerundSubjectIsNoGroup() {
        let text = "Cutting your expenses and daily spending takes continued effort, whereas increasing your cash flow is a long-term solution, they said."
        #expect(attributed(text).first?.speaker?.resolved == nil)
    }

    /// Found reading claims of the html-aeb pages: a thing observed, a plural noun after
    /// "more", a contact's number after a label, and a clause's own verb after its
    /// conjunction and an aside are not statements.
    @Test func observationsNounsLabelsAndAsidesAreNoFrames() {
        #expect(attributed("The researchers observed Europa for 17 nights.").isEmpty)
        #expect(attributed("“It is over,” he observed.").first?.cue?.text == "observed")
        #expect(attributed("Ford created a retelling filled with intrigue and more Shakespeare references than are dreamt of in our philosophy.").isEmpty)
        #expect(attributed("Email the writer. Signal: 347-966-3806. WIRED protects the confidentiality of its sources.").isEmpty)
        #expect(attributed("TAPPER: Do you think he has campaigned as a healer?").first?.speaker?.text == "TAPPER")
        #expect(attributed("The video had been altered to show Starmer failing to answer a question, when, in fact, he responded quickly.").isEmpty)
    }

    /// A time before the subject, with no comma, says when; it is not the speaker's.
    @Test func aTimeBeforeTheSubjectIsNotTheSpeakers() {
        #expect(attributed("Last week State Department official David Holmes revealed one of those interactions to investigators.").first?.speaker?.text == "State Department official David Holmes")
        #expect(attributed("Earlier this month the ministry said talks would resume.").first?.speaker?.text == "the ministry")
        #expect(attributed("On Tuesday Senator Ana Ruiz said the bill would pass.").first?.speaker?.resolved == "Ana Ruiz")
        #expect(resolved("Morning Consult Poll: Trump ties Clinton. A new poll from Morning Consult shows Trump tied with Clinton.", "A new poll from Morning Consult") == "Morning Consult")
    }

    /// A title inside a run of capitals ends what employs the person: the name is after it.
    @Test func aTitleInsideANameRunEndsTheEmployer() {
        #expect(attributed("Apple CEO Tim Cook said sales were strong.").first?.speaker?.resolved == "Tim Cook")
        #expect(attributed("FBI Director James Comey said the case was closed.").first?.speaker?.resolved == "James Comey")
        #expect(resolved("Vermont Sen. Bernie Sanders spoke first. Sanders said the system was rigged.", "Sanders") == "Bernie Sanders")
        // Not a title's word inside a name followed by its place.
        #expect(attributed("Representative Peter T. King of New York said the bill was dead.").first?.speaker?.resolved?.hasPrefix("Peter T. King") == true)
    }

    /// Confidence is expressed in something, concern about or over it: what follows the
    /// preposition is the statement, not the phrase before the subject.
    @Test func expressedConfidenceInAndConcernAbout() {
        #expect(attributed("Hours before the game Tuesday, coach Bruce Boudreau expressed confidence in the veteran forward.").first?.text == "the veteran forward")
        #expect(attributed("The senator expressed concern about the cost of the program.").first?.text == "the cost of the program")
        #expect(attributed("The senator expressed concern that the cost would rise.").first?.text == "the cost would rise")
    }

    /// The byte search for a relative clause's "who" finds the word, never a part of one.
    @Test func firstWhoFindsTheWordOnly() {
        let phrase = "The lawyer who represents the family"
        #expect(SpeakerResolver.firstWho(in: phrase).map { String(phrase[..<$0]) } == "The lawyer")
        let doubled = "The whole town  who knew"
        #expect(SpeakerResolver.firstWho(in: doubled).map { String(doubled[..<$0]) } == "The whole town ")
        #expect(SpeakerResolver.firstWho(in: "Jo Whoever said") == nil)
        #expect(SpeakerResolver.firstWho(in: "Ana Ruiz, who") == nil)
        // The index is the text's own, after letters of two bytes; short texts have none.
        let accented = "José Núñez who said"
        #expect(SpeakerResolver.firstWho(in: accented).map { String(accented[..<$0]) } == "José Núñez")
        for short in ["", "who", " who", "who said", "the lawyer whose client"] { #expect(SpeakerResolver.firstWho(in: short) == nil, "\(short)") }
        #expect(attributed("The lawyer who represents the family said the city was negligent.").first?.speaker?.text == "The lawyer who represents the family")
    }

    @Test func numbersAndComparisonsScoreHigherThanChatter() {
        let cs = claims("Unemployment fell to 3.9 percent in March, the lowest rate since 2000.\n\nIt was a lovely evening and we all enjoyed it.")
        let numeric = cs.first { $0.text.contains("3.9 percent") }
        let chatter = cs.first { $0.text.contains("lovely") }
        #expect(numeric != nil)
        #expect((numeric?.checkworthiness ?? 0) > (chatter?.checkworthiness ?? 0))
        #expect(numeric?.kind == .unattributed)
        #expect(numeric?.types.contains("comparison") == true)
    }

    /// Claims come from several passes (cues, then quotations no cue claimed, then the
    /// article's own sentences) and are put in text order at the end: each once, numbered in
    /// that order.
    @Test func claimsAreInTextOrderEachOnce() {
        let text = """
            The city spent $4 million on the bridge in 2019, twice what it spent in 2018.

            “The bridge is safe,” the mayor said. “We will finish the repairs by June.”

            “It will cost another $2 million,” she added.

            Officials said the repairs would cost $2 million more than planned.

            Traffic on the bridge has fallen by a third since 2015, according to the city.
            """
        let cs = claims(text)
        #expect(cs.count >= 5)
        let spans = cs.map { [$0.start, $0.end] }
        #expect(spans == spans.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) })
        #expect(Set(spans).count == cs.count)
        #expect(cs.map(\.id) == cs.indices.map { "\(cs[0].doc)#\($0)" })
        #expect(Set(cs.map(\.kind)).isSuperset(of: [.unattributed, .direct, .indirect]))
    }
}
