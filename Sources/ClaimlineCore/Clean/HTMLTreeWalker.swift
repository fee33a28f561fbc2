import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Parses HTML with libxml2 and walks the tree once into a `PageTree`.
///
/// The libxml2 document is created, walked and freed inside `parse`; only Swift values leave
/// it, so nothing from libxml2 crosses a thread or outlives the call. The walk works on the C
/// strings' bytes (text, attribute names) and makes a Swift `String` only for what it keeps:
/// the clean stage's speed is mostly this loop's.
public enum HTMLTreeWalker {
    /// Must run once before any worker parses (libxml2's global state is not initialised lazily
    /// in a thread-safe way).
    public static let initializeLibrary: Void = { xmlInitParser() }()

    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button", "select",
        "input", "textarea", "option", "label", "map", "audio", "video", "picture", "source", "title", "dialog", "math",
    ]
    /// Elements that begin a new line of text.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "figure", "figcaption", "header", "footer", "nav",
        "aside", "form", "fieldset", "address", "center", "body", "html", "hr", "caption", "details", "summary", "menu",
        "hgroup", "output", "td", "th",
    ]
    /// Block elements that are boilerplate by nature.
    /// Figures and their captions describe a picture, not the story.
    static let chromeTags: Set<String> = ["nav", "footer", "aside", "menu", "header", "fieldset", "figure", "figcaption"]
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alert", "toolbar"]

    static let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    public static func parse(_ utf8: [UInt8], url: String? = nil) -> PageTree {
        _ = initializeLibrary
        var tree = PageTree()
        guard let doc = readDocument(utf8, url: url) else { return tree }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return tree }
        var state = WalkState()
        state.openContainer(tag: "#root", attributes: Attributes(), tree: &tree)
        visit(root, state: &state, tree: &tree)
        state.flush(into: &tree)
        return tree
    }

    /// libxml2's HTML parse of UTF-8 bytes, with the options that forbid network access; the
    /// caller frees the document.
    static func readDocument(_ utf8: [UInt8], url: String?) -> htmlDocPtr? {
        utf8.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), url, "UTF-8", parseOptions)
            }
        }
    }

    /// The attributes the walk looks at, read in one pass over the element's list.
    struct Attributes {
        var classAndID = ""
        var role: String?
        var itemprop: String?
        var itemtype: String?
        var hidden = false
    }

    struct WalkState {
        var text: [UInt8] = []
        var charCount = 0
        var linkChars = 0
        var commas = 0
        var stops = 0
        var pendingSpace = false
        var inLink = 0
        var container = -1
        var blockTag = "p"
        var lastWasBreak = false
        var cueCache: [String: Int] = [:]

        init() { text.reserveCapacity(4096) }

        mutating func openContainer(tag: String, attributes a: Attributes, tree: inout PageTree) {
            var chrome = chromeTags.contains(tag)
            var articleMarkup = tag == "article"
            var cue = 0
            // <html> and <body> classes describe the whole page's theme, not a part of it.
            if !a.classAndID.isEmpty && tag != "body" && tag != "html" {
                if let c = cueCache[a.classAndID] { cue = c } else {
                    cue = ClassCues.weight(a.classAndID)
                    cueCache[a.classAndID] = cue
                }
            }
            if let role = a.role, chromeRoles.contains(role) { chrome = true }
            if let ip = a.itemprop, ip == "articleBody" || ip == "articlebody" || ip == "text" { articleMarkup = true }
            if let t = a.itemtype, t.hasSuffix("Article") || t.hasSuffix("BlogPosting") { articleMarkup = true }
            let depth = container >= 0 ? tree.containers[container].depth + 1 : 0
            tree.containers.append(PageTree.Container(
                parent: container, tag: tag, depth: depth, cue: cue, isChrome: chrome, isArticleMarkup: articleMarkup,
                label: ContentExtractor.debug ? String(a.classAndID.prefix(60)) : ""))
            container = tree.containers.count - 1
        }

        @inline(__always) mutating func emitSpaceIfPending() {
            if pendingSpace && !text.isEmpty {
                text.append(0x20)
                charCount += 1
            }
            pendingSpace = false
        }

        /// Appends a text node's UTF-8 bytes, folding every run of (Unicode) whitespace into one
        /// space and dropping zero-width characters.
        mutating func append(_ p: UnsafePointer<UInt8>) {
            var i = 0
            while true {
                let b = p[i]
                if b == 0 { return }
                if b < 0x80 {
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b < 0x20 {
                        pendingSpace = true
                        i += 1
                        continue
                    }
                    emitSpaceIfPending()
                    text.append(b)
                    charCount += 1
                    if inLink > 0 { linkChars += 1 }
                    if b == 0x2C { commas += 1 } else if b == 0x2E || b == 0x21 || b == 0x3F { stops += 1 }
                    lastWasBreak = false
                    i += 1
                    continue
                }
                // Multi-byte: spaces and invisible characters by their encodings.
                let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                if b == 0xC2 && p[i + 1] == 0xA0 { pendingSpace = true; i += 2; continue }  // NBSP
                if b == 0xC2 && p[i + 1] == 0xAD { i += 2; continue }  // soft hyphen
                if b == 0xE2 && p[i + 1] == 0x80 {
                    let c = p[i + 2]
                    if (c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF { pendingSpace = true; i += 3; continue }
                    if c >= 0x8B && c <= 0x8D { i += 3; continue }  // zero-width space, joiners
                }
                if b == 0xE2 && p[i + 1] == 0x81 && p[i + 2] == 0xA0 { i += 3; continue }  // word joiner
                if b == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF { i += 3; continue }  // BOM
                if b == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80 { pendingSpace = true; i += 3; continue }  // ideographic space
                emitSpaceIfPending()
                var k = 0
                while k < len && p[i + k] != 0 { text.append(p[i + k]); k += 1 }
                charCount += 1
                if inLink > 0 { linkChars += 1 }
                if b == 0xEF && p[i + 1] == 0xBC && p[i + 2] == 0x8C { commas += 1 }  // fullwidth comma
                if b == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x82 { stops += 1 }  // ideographic full stop
                lastWasBreak = false
                i += max(k, 1)
            }
        }

        mutating func flush(into tree: inout PageTree) {
            if charCount > 0 {
                tree.blocks.append(PageTree.Block(
                    text: String(decoding: text, as: UTF8.self), charCount: charCount, linkCharCount: linkChars,
                    container: container, tag: blockTag, commas: commas, stops: stops))
            }
            text.removeAll(keepingCapacity: true)
            charCount = 0
            linkChars = 0
            commas = 0
            stops = 0
            pendingSpace = false
        }
    }

    @inline(__always) static func cString(_ p: UnsafePointer<xmlChar>) -> UnsafePointer<CChar> {
        UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self)
    }

    @inline(__always) static func value(_ attr: xmlAttrPtr) -> String {
        guard let child = attr.pointee.children, let content = child.pointee.content else { return "" }
        return String(cString: content)
    }

    /// Reads the attributes the walk needs; nil when the element is hidden from readers.
    static func readAttributes(_ n: xmlNodePtr) -> Attributes? {
        var a = Attributes()
        var cls: UnsafePointer<xmlChar>?
        var id: UnsafePointer<xmlChar>?
        var prop = n.pointee.properties
        while let p = prop {
            prop = p.pointee.next
            guard let nameC = p.pointee.name else { continue }
            let name = cString(nameC)
            if strcmp(name, "class") == 0 {
                cls = p.pointee.children?.pointee.content.map { UnsafePointer($0) }
            } else if strcmp(name, "id") == 0 {
                id = p.pointee.children?.pointee.content.map { UnsafePointer($0) }
            } else if strcmp(name, "role") == 0 {
                a.role = value(p).lowercased()
            } else if strcmp(name, "itemprop") == 0 {
                a.itemprop = value(p)
            } else if strcmp(name, "itemtype") == 0 {
                a.itemtype = value(p)
            } else if strcmp(name, "hidden") == 0 {
                return nil
            } else if strcmp(name, "aria-hidden") == 0 {
                if value(p) == "true" { return nil }
            } else if strcmp(name, "style") == 0 {
                if let child = p.pointee.children, let content = child.pointee.content, styleHides(content) { return nil }
            }
        }
        if cls != nil || id != nil { a.classAndID = lowercasedJoin(cls, id) }
        return a
    }

    /// "Class Names" + " " + "the-id", ASCII-lowercased, straight from the C strings.
    static func lowercasedJoin(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?) -> String {
        var out: [UInt8] = []
        for (n, p) in [a, b].enumerated() {
            guard let p else { continue }
            if n == 1 && !out.isEmpty { out.append(0x20) }
            var i = 0
            while p[i] != 0 {
                let c = p[i]
                out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `display:none` or `visibility:hidden` in an inline style, ignoring spaces and case.
    static func styleHides(_ p: UnsafePointer<xmlChar>) -> Bool {
        var compact: [UInt8] = []
        var i = 0
        while p[i] != 0 && compact.count < 4096 {
            let b = p[i]
            if b != 0x20 && b != 0x09 && b != 0x0A { compact.append(b >= 0x41 && b <= 0x5A ? b + 32 : b) }
            i += 1
        }
        return compact.withUnsafeBytes { buf in
            Self.hiddenStyles.contains { $0.occurs(in: buf) }
        }
    }

    static let hiddenStyles = [ByteNeedle("display:none"), ByteNeedle("visibility:hidden")]

    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var prop = node.pointee.properties
        while let p = prop {
            if let nameC = p.pointee.name, strcmp(cString(nameC), wanted) == 0 { return value(p) }
            prop = p.pointee.next
        }
        return nil
    }

    static func textContent(_ node: xmlNodePtr) -> String {
        var out: [UInt8] = []
        func collect(_ n: xmlNodePtr) {
            var c = n.pointee.children
            while let child = c {
                if child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE, let content = child.pointee.content {
                    var i = 0
                    while content[i] != 0 { out.append(content[i]); i += 1 }
                } else if child.pointee.type == XML_ELEMENT_NODE {
                    collect(child)
                }
                c = child.pointee.next
            }
        }
        collect(node)
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds every run of whitespace into one space and trims the ends.
    static func collapse(_ s: String) -> String { WhitespaceCollapser.collapse(s) }

    static func visit(_ n: xmlNodePtr, state: inout WalkState, tree: inout PageTree) {
        switch n.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = n.pointee.content { state.append(content) }
            return
        case XML_ELEMENT_NODE:
            break
        default:
            return  // comments, processing instructions, DTD
        }
        guard let nameC = n.pointee.name else { return }
        let tag = String(cString: nameC)
        if collectsMetadata(tag) { collectMetadata(tag: tag, node: n, tree: &tree) }
        if tag == "br" {
            if state.lastWasBreak {
                state.flush(into: &tree)  // <br><br>: a paragraph break
            } else {
                state.pendingSpace = true
                state.lastWasBreak = true
            }
            return
        }
        if skipped.contains(tag) || tag == "img" || tag == "meta" || tag == "link" { return }
        guard let attributes = readAttributes(n) else { return }
        if tree.bylineTexts.isEmpty, !attributes.classAndID.isEmpty, tag == "div" || tag == "span" || tag == "p" || tag == "address",
           attributes.classAndID.containsBytes(Self.bylineNeedle) || attributes.classAndID.containsBytes(Self.authorNameNeedle) {
            let t = collapse(textContent(n))
            if !t.isEmpty, t.count < 120 { tree.bylineTexts.append(t) }
        }
        if let ip = attributes.itemprop {
            let low = ip.lowercased()
            if low == "author" || low == "creator" {
                let t = collapse(textContent(n))
                if !t.isEmpty, t.count < 120 { tree.authorTexts.append(t) }
            } else if low == "datepublished", let v = attribute(n, "content") ?? attribute(n, "datetime") {
                tree.meta.append(("datepublished", v))
            }
        }

        let isBlock = blockTags.contains(tag)
        let savedContainer = state.container
        let savedTag = state.blockTag
        if isBlock {
            state.flush(into: &tree)
            state.openContainer(tag: tag, attributes: attributes, tree: &tree)
            state.blockTag = tag
        } else {
            if tag == "a" { state.inLink += 1 }
            if tag == "td" || tag == "th" { state.pendingSpace = true }
        }
        state.lastWasBreak = false
        var child = n.pointee.children
        while let c = child {
            visit(c, state: &state, tree: &tree)
            child = c.pointee.next
        }
        if isBlock {
            state.flush(into: &tree)
            state.container = savedContainer
            state.blockTag = savedTag
        } else if tag == "a" {
            state.inLink -= 1
        }
    }

    static let bylineNeedle = ByteNeedle("byline")
    static let authorNameNeedle = ByteNeedle("author-name")

    @inline(__always) static func collectsMetadata(_ tag: String) -> Bool {
        switch tag {
        case "html", "title", "meta", "link", "a", "script", "time", "h1": return true
        default: return false
        }
    }

    static func collectMetadata(tag: String, node n: xmlNodePtr, tree: inout PageTree) {
        switch tag {
        case "html":
            if let lang = attribute(n, "lang") ?? attribute(n, "xml:lang"), !lang.isEmpty { tree.htmlLang = lang }
        case "title":
            if tree.titleTag == nil { tree.titleTag = collapse(textContent(n)) }
        case "meta":
            let key = attribute(n, "property") ?? attribute(n, "name") ?? attribute(n, "itemprop") ?? attribute(n, "http-equiv")
            if let key, let content = attribute(n, "content") ?? attribute(n, "datetime") {
                tree.meta.append((key.lowercased(), collapse(content)))
            }
        case "link":
            if let rel = attribute(n, "rel")?.lowercased() {
                if rel == "canonical", tree.canonical == nil, let href = attribute(n, "href") { tree.canonical = href.trimmingWhitespace() }
                if rel == "author" { let t = collapse(textContent(n)); if !t.isEmpty { tree.authorTexts.append(t) } }
            }
        case "a":
            if let rel = attribute(n, "rel"), rel.lowercased() == "author" { let t = collapse(textContent(n)); if !t.isEmpty { tree.authorTexts.append(t) } }
        case "script":
            if let type = attribute(n, "type")?.lowercased(), type.hasSuffix("ld+json") { tree.jsonLD.append(textContent(n)) }
        case "time":
            if let dt = attribute(n, "datetime"), !dt.isEmpty { tree.timeDatetimes.append(dt) }
        case "h1":
            let t = collapse(textContent(n))
            if !t.isEmpty { tree.headings1.append(t) }
        default:
            break
        }
    }
}

extension HTMLTreeWalker {
    /// libxml2's parse alone (read and free), the floor every clean-stage figure is compared to.
    public static func parseOnly(_ utf8: [UInt8]) -> Bool {
        _ = initializeLibrary
        guard let doc = readDocument(utf8, url: nil) else { return false }
        xmlFreeDoc(doc)
        return true
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
