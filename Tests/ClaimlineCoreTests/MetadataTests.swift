import Testing
@testable import ClaimlineCore

/// Each metadata source on its own, and nothing invented when a page is silent.
@Suite struct MetadataTests {
    func metadata(_ head: String, _ body: String = "<p>Text of the story, long enough to be a paragraph of its own.</p>") -> DocumentMetadata {
        MetadataExtractor.extract(HTMLTreeWalker.parse(Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8)))
    }

    @Test func titleFromOpenGraphThenTitleTagThenHeading() {
        #expect(metadata(#"<meta property="og:title" content="OG title"><title>Tag title | Site</title>"#).title == "OG title")
        #expect(metadata("<title>Council backs the harbour plan | The Ledger</title>").title == "Council backs the harbour plan")
        #expect(metadata("", "<h1>Heading title</h1><p>Body text of the page that goes on for a while.</p>").title == "Heading title")
    }

    @Test func publishedFromEachSource() {
        #expect(metadata(#"<meta property="article:published_time" content="2025-04-25T09:30:00Z">"#).published == "2025-04-25T09:30:00Z")
        #expect(metadata(#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-03"}</script>"#).published == "2024-02-03")
        #expect(metadata(#"<meta name="pubdate" content="2023/07/09">"#).published == "2023-07-09")
        #expect(metadata("", #"<time datetime="2022-12-01T08:00">Dec 1</time><p>Story text that is long enough to count.</p>"#).published == "2022-12-01T08:00")
        #expect(DateNormalizer.iso8601("April 25, 2025") == "2025-04-25")
        #expect(DateNormalizer.iso8601("25 Apr. 2025") == "2025-04-25")
        #expect(DateNormalizer.iso8601("yesterday") == nil)
    }

    @Test func bylineSiteURLAndLanguage() {
        #expect(metadata(#"<meta name="author" content="By Jane Doe">"#).byline == "Jane Doe")
        #expect(metadata("", #"<div class="byline">By Tomás Ortega · March 3</div><p>Story text that is long enough to count.</p>"#).byline == "Tomás Ortega")
        #expect(metadata(#"<meta name="author" content="https://facebook.com/someone">"#).byline == nil)
        #expect(metadata(#"<meta property="og:site_name" content="The Ledger">"#).site == "The Ledger")
        #expect(metadata(#"<link rel="canonical" href="https://example.org/a">"#).url == "https://example.org/a")
        #expect(metadata(#"<link rel="canonical" href="/relative/only">"#).url == nil)
        #expect(metadata(#"<meta http-equiv="content-language" content="fr-CA">"#).lang == "fr")
    }

    @Test func silentPagesGiveNulls() {
        let m = metadata("")
        #expect(m == DocumentMetadata())
    }

    @Test func decodesLatin9() throws {
        // ISO-8859-15 puts the euro sign at 0xA4.
        let bytes = Array(#"<html><head><meta charset="iso-8859-15"></head><body><p>Prix: 5 "#.utf8) + [0xA4] + Array(" le kilo, contre 4 l'an dernier.</p></body></html>".utf8)
        let decoded = try TextDecoder.decode(bytes, isHTML: true)
        #expect(decoded.encoding == "iso-8859-15")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("5 € le kilo"))
    }
}
