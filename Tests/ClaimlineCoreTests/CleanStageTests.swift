import Foundation
import Testing
@testable import ClaimlineCore

@Suite struct CleanStageTests {
    @Test func keepsTheStoryAndDropsTheFurniture() throws {
        let doc = try CleanStage().process(try Fixtures.raw("article.html"))
        #expect(doc.text.hasPrefix("The old stone bridge over the Lune"))
        #expect(doc.text.contains("said Priya Shah"))
        #expect(doc.text.contains("A free shuttle bus"))
        for furniture in ["Home", "cookies", "Share on Facebook", "Related", "Council budget", "All rights reserved", "photographed from the east bank", "November 2, 2024"] {
            #expect(!doc.text.contains(furniture), "kept \(furniture)")
        }
    }

    @Test func doubleBreakSplitsParagraphs() throws {
        let doc = try CleanStage().process(try Fixtures.raw("article.html"))
        let text = Array(doc.text.unicodeScalars)
        let paragraphs = doc.paragraphs.map { String(String.UnicodeScalarView(text[$0])) }
        #expect(paragraphs.contains { $0.hasPrefix("Traders on both banks") && $0.hasSuffix("busiest weeks of the year.") })
        #expect(paragraphs.contains { $0.hasPrefix("A free shuttle bus") })
        #expect(doc.paragraphs.count == 4)
    }

    @Test func readsMetadataFromTheRightSources() throws {
        let doc = try CleanStage().process(try Fixtures.raw("article.html"))
        #expect(doc.title == "Bridge repairs to close river crossing for six weeks")
        #expect(doc.site == "Valley Post")
        #expect(doc.url == "https://valley.example/news/bridge-repairs")
        #expect(doc.lang == "en")
        #expect(doc.published == "2024-11-02")
        #expect(doc.byline == "Sam Reyes")
    }

    @Test func absentMetadataStaysNull() throws {
        let raw = RawDocument(id: "x.html", source: "x.html", format: .html, byteCount: 0, sha256: "", encoding: "utf-8", utf8: Array("<p>Only one paragraph of plain text sits on this page, with nothing else at all.</p>".utf8))
        let doc = try CleanStage().process(raw)
        #expect(doc.title == nil && doc.byline == nil && doc.published == nil && doc.site == nil && doc.url == nil && doc.lang == nil)
        #expect(doc.text == "Only one paragraph of plain text sits on this page, with nothing else at all.")
    }

    @Test func neverFetchesExternalResources() throws {
        // The DTD, stylesheet and frame all point at a closed local port: a fetch would fail or
        // hang; the parse must finish at once with the text intact.
        let started = Date()
        let doc = try CleanStage().process(try Fixtures.raw("external-entity.html"))
        #expect(doc.text.hasPrefix("This page points at resources on a closed port"))
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func decodesEntitiesAndNormalisesSpaces() throws {
        let html = "<article><p>Prices&nbsp;rose 5&#37; in &ldquo;May&rdquo;&#8203; &amp; June, the statistics office said on Friday.</p></article>"
        let raw = RawDocument(id: "e.html", source: "e.html", format: .html, byteCount: 0, sha256: "", encoding: "utf-8", utf8: Array(html.utf8))
        #expect(try CleanStage().process(raw).text == "Prices rose 5% in “May” & June, the statistics office said on Friday.")
    }

    @Test func pageThemeClassesOnBodyDoNotHideTheStory() throws {
        let html = "<html><body class=\"has-sidebar navigation-footer-theme\"><div class=\"story\"><p>The council approved the budget on Monday, after a debate that lasted six hours, officials said.</p><p>It will raise spending on roads by a fifth, the first rise in four years.</p></div></body></html>"
        let raw = RawDocument(id: "b.html", source: "b.html", format: .html, byteCount: 0, sha256: "", encoding: "utf-8", utf8: Array(html.utf8))
        let doc = try CleanStage().process(raw)
        #expect(doc.paragraphs.count == 2)
        #expect(doc.text.hasPrefix("The council approved"))
    }

    @Test func pageWithoutTextIsAnError() {
        let raw = RawDocument(id: "s.html", source: "s.html", format: .html, byteCount: 0, sha256: "", encoding: "utf-8", utf8: Array("<html><script>var x = 1;</script></html>".utf8))
        #expect(throws: InputError.self) { try CleanStage().process(raw) }
    }

    @Test func plainTextKeepsParagraphsAndFindsTheHeadline() {
        #expect(PlainText.paragraphs("A  b\nc\n\n\nd\u{00A0}e\n") == ["A b c", "d e"])
        #expect(PlainText.paragraphs("Line one.\nLine two.") == ["Line one.", "Line two."])
        #expect(PlainText.headline(["Ministers back plan for new bridge", "The plan was approved."]) == "Ministers back plan for new bridge")
        #expect(PlainText.headline(["This is a sentence.", "Another."]) == nil)
    }
}
