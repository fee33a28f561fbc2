import Foundation

/// Picks the article body out of a page's blocks.
///
/// Each paragraph-like block votes for the containers above it (readability's idea: the element
/// that holds most of the long, comma-rich, link-poor text is the story). The best container
/// and its siblings that look like story text form the main region; inside it, blocks that are
/// furniture (link lists, share bars, promos, captions) are dropped.
public struct ContentExtractor: Sendable {
    public struct Options: Equatable, Sendable {
        /// Blocks shorter than this (in characters) do not vote for a container.
        public var minVotingChars: Int = 25
        /// A block whose links make up more than this share of its text is navigation.
        public var maxLinkDensity: Double = 0.5

        public init(minVotingChars: Int = 25, maxLinkDensity: Double = 0.5) {
            self.minVotingChars = minVotingChars
            self.maxLinkDensity = maxLinkDensity
        }
    }

    public var options: Options
    /// Set CLAIMLINE_DEBUG_CLEAN=1 to print the ranked candidate containers on stderr.
    static let debug = getenv("CLAIMLINE_DEBUG_CLEAN") != nil
    var debug: Bool { Self.debug }

    public init(options: Options = Options()) { self.options = options }

    /// Containers that never hold a story: within them a block is furniture.
    private func inChrome(_ tree: PageTree, _ container: Int, stopAt top: Int) -> Bool {
        var x = container
        while x >= 0 && x != top {
            let c = tree.containers[x]
            if c.isChrome || c.cue < 0 { return true }
            x = c.parent
        }
        return false
    }

    /// Elements that hold one paragraph's text rather than a story's paragraphs.
    static let leafTags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "pre", "figcaption", "td", "th", "tr", "caption", "address", "summary", "blockquote"]

    func linkDensity(_ b: PageTree.Block) -> Double {
        b.charCount == 0 ? 0 : Double(b.linkCharCount) / Double(b.charCount)
    }

    /// Score of a block as evidence of story text.
    func vote(_ b: PageTree.Block) -> Double {
        guard b.charCount >= options.minVotingChars, !b.isHeading, b.tag != "li" || b.charCount > 100 else { return 0 }
        let ld = linkDensity(b)
        guard ld < options.maxLinkDensity else { return 0 }
        let commas = b.commas
        let stops = b.stops
        return (1 + Double(commas) + Double(min(stops, 4)) * 0.5 + min(Double(b.charCount) / 100, 3)) * (1 - ld)
    }

    public func extract(_ tree: PageTree, title: String?) -> [String] {
        let n = tree.containers.count
        guard n > 0, !tree.blocks.isEmpty else { return [] }
        var score = [Double](repeating: 0, count: n)
        var textChars = [Int](repeating: 0, count: n)
        var linkChars = [Int](repeating: 0, count: n)
        for b in tree.blocks {
            var x = b.container
            while x >= 0 {
                textChars[x] += b.charCount
                linkChars[x] += b.linkCharCount
                x = tree.containers[x].parent
            }
            let v = vote(b)
            guard v > 0 else { continue }
            var level = 0
            x = b.container
            // A paragraph votes for the element that holds it, not for itself.
            if Self.leafTags.contains(tree.containers[x].tag), tree.containers[x].parent >= 0 { x = tree.containers[x].parent }
            while x >= 0 && level < 4 {
                let share: Double = level == 0 ? 1 : level == 1 ? 0.5 : 1 / Double(level * 3)
                score[x] += v * share
                x = tree.containers[x].parent
                level += 1
            }
        }
        // Inside comments, sidebars, footers or navigation, no container is the story.
        var underFurniture = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let c = tree.containers[i]
            underFurniture[i] = (c.parent >= 0 && underFurniture[c.parent]) || c.isChrome || c.cue < 0
        }
        var best = -1
        var bestScore = 0.0
        for i in 0..<n where score[i] > 0 {
            let c = tree.containers[i]
            var s = score[i]
            if c.cue > 0 { s *= 1.25 }
            if c.isArticleMarkup { s *= 1.3 }
            if underFurniture[i] { s *= 0.2 }
            switch c.tag {
            case "ul", "ol", "dl", "form", "li": s *= 0.8
            default: break
            }
            let ld = textChars[i] > 0 ? Double(linkChars[i]) / Double(textChars[i]) : 0
            s *= (1 - ld)
            score[i] = s
            if s > bestScore { bestScore = s; best = i }
        }
        guard best >= 0 else { return fallback(tree, title: title) }
        if debug {
            let ranked = (0..<n).filter { score[$0] > 0 }.sorted { score[$0] > score[$1] }.prefix(8)
            for i in ranked {
                let c = tree.containers[i]
                let first = tree.blocks.first { tree.isInside($0.container, i) }?.text.prefix(60) ?? ""
                debugPrint("cand \(i) <\(c.tag)> \(c.label) score=\(Int(score[i])) chars=\(textChars[i]) link=\(linkChars[i]) parent=\(c.parent) :: \(first)")
            }
        }

        // A container that holds only part of the story (one of several sibling wrappers, as
        // pages that interleave ads do): climb while an ancestor holds clearly more story text
        // (votes outside furniture) and is not itself link-heavy.
        var mass = [Double](repeating: 0, count: n)
        for b in tree.blocks where !underFurniture[b.container] && b.tag != "li" {
            let v = vote(b)
            guard v > 0 else { continue }
            var x = b.container
            while x >= 0 {
                mass[x] += v
                x = tree.containers[x].parent
            }
        }
        var top = best
        var p = tree.containers[best].parent
        for _ in 0..<5 {
            guard p >= 0, !underFurniture[p], !["body", "#root", "html"].contains(tree.containers[p].tag) else { break }
            let ld = textChars[p] > 0 ? Double(linkChars[p]) / Double(textChars[p]) : 0
            if mass[p] >= mass[top] * 1.4 && ld < 0.3 { top = p }
            p = tree.containers[p].parent
        }
        if debug {
            debugPrint("top \(top) best \(best) mass \(Int(mass[top]))")
            var x = best
            while x >= 0 { debugPrint("  ^ \(x) <\(tree.containers[x].tag)> \(tree.containers[x].label) cue=\(tree.containers[x].cue) chrome=\(tree.containers[x].isChrome)"); x = tree.containers[x].parent }
        }

        // Siblings of the top container that carry story text too (stories split by ads).
        let parent = tree.containers[top].parent
        var region: [Int] = [top]
        if parent >= 0 {
            let threshold = max(10, bestScore * 0.2)
            for i in 0..<n where i != top && tree.containers[i].parent == parent && score[i] >= threshold && !tree.containers[i].isChrome && tree.containers[i].cue >= 0 {
                region.append(i)
            }
        }

        var paragraphs: [String] = []
        let titleKey = title.map(normalizedKey)
        // One pass over the containers (parents come before children): which lie in the main
        // region, and which of those sit under furniture below the region's root.
        var inRegion = [Bool](repeating: false, count: n)
        var furnitureInRegion = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let c = tree.containers[i]
            if region.contains(i) {
                inRegion[i] = true
            } else if c.parent >= 0 && inRegion[c.parent] {
                inRegion[i] = true
                furnitureInRegion[i] = furnitureInRegion[c.parent] || c.isChrome || c.cue < 0
            }
        }
        for b in tree.blocks {
            guard inRegion[b.container], !furnitureInRegion[b.container] else { continue }
            if linkDensity(b) > options.maxLinkDensity { continue }
            if b.isHeading, let titleKey, normalizedKey(b.text) == titleKey { continue }
            if b.tag == "h1" { continue }
            if Boilerplate.isFurniture(b.text) { continue }
            paragraphs.append(b.text)
        }
        if paragraphs.isEmpty { return fallback(tree, title: title) }
        return paragraphs
    }

    /// The page's own statement of its body (JSON-LD `articleBody`), split into paragraphs.
    static func linkedDataBody(_ tree: PageTree) -> [String] {
        guard let body = LinkedData(tree.jsonLD).articleBody else { return [] }
        return body.split(whereSeparator: { $0 == "\n" }).map { HTMLTreeWalker.collapse(String($0)) }.filter { !$0.isEmpty }
    }

    /// When no container wins (a page of short lines), keep the link-poor blocks outside chrome.
    /// When no container wins (a page of short lines), keep the link-poor blocks outside
    /// chrome; failing that, the page's JSON-LD body; failing that, every link-poor block.
    private func fallback(_ tree: PageTree, title: String?) -> [String] {
        let outside = tree.blocks.filter { b in
            linkDensity(b) <= options.maxLinkDensity && !inChrome(tree, b.container, stopAt: -1) && !Boilerplate.isFurniture(b.text) && b.charCount >= 2
        }
        if !outside.isEmpty { return outside.map(\.text) }
        let ld = Self.linkedDataBody(tree)
        if !ld.isEmpty { return ld }
        return tree.blocks.filter { linkDensity($0) <= options.maxLinkDensity && !Boilerplate.isFurniture($0.text) }.map(\.text)
    }

    func normalizedKey(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { $0.isLetterOrDigit }))
    }
}

/// Lines that are page furniture wherever they appear.
enum Boilerplate {
    static let exact: Set<String> = [
        "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "share", "share this", "share this article",
        "share this story", "tweet", "email", "print", "comments", "read more", "continue reading", "related", "related articles",
        "related stories", "related content", "recommended", "more from", "you may also like", "most read", "most popular",
        "sign up", "subscribe", "subscribe now", "follow us", "skip to content", "skip to main content", "loading", "loading...",
        "close", "menu", "search", "back to top", "top", "next", "previous", "see also", "story continues below advertisement",
        "article continues below advertisement", "scroll to continue with content", "click to expand", "image", "photo", "video",
        "text size", "font size", "listen to this article", "print this page", "share this page", "explore further",
    ]

    static let rightsReserved = ByteNeedle("all rights reserved")

    static func isFurniture(_ text: String) -> Bool {
        // Every rule below is about a short line; long text is never furniture here.
        guard text.utf8.count < 240 else { return false }
        let t = text.lowercased().trimmingCharacters(in: " :.|»›>-–—•")
        if exact.contains(t) { return true }
        // `count` walks the characters; the byte count bounds it from above.
        if t.utf8.count < 120 || t.count < 120 {
            if t.hasPrefix("©") || t.hasPrefix("copyright ©") || t.hasPrefix("(c) copyright") || t.containsBytes(Self.rightsReserved) { return true }
            if t.hasPrefix("sign up for") || t.hasPrefix("subscribe to") || t.hasPrefix("follow us on") || t.hasPrefix("click here to") { return true }
            if t.hasPrefix("read more:") || t.hasPrefix("related:") || t.hasPrefix("also read:") || t.hasPrefix("see also:") || t.hasPrefix("advertisement") { return true }
            if t.hasPrefix("share on ") || t.hasPrefix("share this ") || t.hasPrefix("we use cookies") || t.hasPrefix("this website uses cookies") { return true }
            if t.hasPrefix("published:") || t.hasPrefix("updated:") || t.hasPrefix("posted:") || t.hasPrefix("last updated") || t.hasPrefix("this document is subject to copyright") { return true }
            // A line that is only a date ("October 12, 2017", "Nov. 19, 2019 at 8:59 pm").
            if t.utf8.count < 40 || t.count < 40, DateNormalizer.iso8601(t) != nil, t.split(separator: " ").allSatisfy({ w in
                w.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == ":" } || DateNormalizer.months[String(w.prefix(3))] != nil || ["at", "am", "pm", "a.m.", "p.m.", "et", "gmt", "utc", "updated", "published"].contains(String(w))
            }) { return true }
        }
        return false
    }
}

extension String {
    func trimmingCharacters(in chars: String) -> String {
        let set = chars.unicodeScalars
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, set.contains(f) || f.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let l = scalars.last, set.contains(l) || l.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
