import CLibXML2

/// Parses HTML with libxml2 and walks the tree once into a `PageTree`.
///
/// The libxml2 document is created, walked and freed inside `parse`; only Swift values leave
/// it, so nothing from libxml2 crosses a thread or outlives the call.
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
    static let chromeTags: Set<String> = ["nav", "footer", "aside", "menu", "header", "fieldset"]
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alert", "toolbar"]

    public static func parse(_ utf8: [UInt8], url: String? = nil) -> PageTree {
        _ = initializeLibrary
        var tree = PageTree()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), url, "UTF-8", options)
            }
        }
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return tree }
        var state = WalkState()
        state.openContainer(tag: "#root", node: nil, tree: &tree)
        visit(root, state: &state, tree: &tree)
        state.flush(into: &tree)
        return tree
    }

    struct WalkState {
        var text = ""
        var charCount = 0
        var linkChars = 0
        var pendingSpace = false
        var inLink = 0
        var inPre = 0
        var container = -1
        var blockTag = "p"
        var lastWasBreak = false

        mutating func openContainer(tag: String, node: xmlNodePtr?, tree: inout PageTree) {
            var cue = 0
            var chrome = chromeTags.contains(tag)
            var articleMarkup = tag == "article"
            var label = ""
            if let node {
                let a = attributes(node)
                let classID = (a.cls + " " + a.id).lowercased()
                label = String(classID.prefix(60))
                cue = ClassCues.weight(classID)
                if let role = a.role, chromeRoles.contains(role) { chrome = true }
                if a.itemprop?.lowercased().contains("articlebody") == true || a.itemprop == "text" { articleMarkup = true }
                if let t = a.itemtype, t.contains("Article") || t.contains("NewsArticle") || t.contains("BlogPosting") { articleMarkup = true }
            }
            let depth = container >= 0 ? tree.containers[container].depth + 1 : 0
            tree.containers.append(PageTree.Container(parent: container, tag: tag, depth: depth, cue: cue, isChrome: chrome, isArticleMarkup: articleMarkup, label: label))
            container = tree.containers.count - 1
        }

        mutating func append(_ s: String) {
            for ch in s.unicodeScalars {
                switch ch {
                case " ", "\n", "\t", "\r", "\u{0C}", "\u{A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{2028}", "\u{2029}":
                    if inPre > 0 && ch == "\n" {
                        if charCount > 0 { text.unicodeScalars.append(" ") }
                        pendingSpace = false
                    } else {
                        pendingSpace = true
                    }
                case "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{2060}":
                    continue
                default:
                    if ch.value < 0x20 { pendingSpace = true; continue }
                    if pendingSpace && !text.isEmpty { text.unicodeScalars.append(" "); charCount += 1 }
                    pendingSpace = false
                    text.unicodeScalars.append(ch)
                    charCount += 1
                    if inLink > 0 { linkChars += 1 }
                    lastWasBreak = false
                }
            }
        }

        mutating func flush(into tree: inout PageTree) {
            if charCount > 0 {
                tree.blocks.append(PageTree.Block(text: text, charCount: charCount, linkCharCount: linkChars, container: container, tag: blockTag))
            }
            text = ""
            charCount = 0
            linkChars = 0
            pendingSpace = false
        }
    }

    struct Attributes {
        var cls = ""
        var id = ""
        var role: String?
        var itemprop: String?
        var itemtype: String?
    }

    static func attributes(_ node: xmlNodePtr) -> Attributes {
        var a = Attributes()
        var prop = node.pointee.properties
        while let p = prop {
            defer { prop = p.pointee.next }
            guard let nameC = p.pointee.name else { continue }
            let name = String(cString: nameC)
            var value = ""
            if let child = p.pointee.children, let content = child.pointee.content { value = String(cString: content) }
            switch name {
            case "class": a.cls = value
            case "id": a.id = value
            case "role": a.role = value.lowercased()
            case "itemprop": a.itemprop = value
            case "itemtype": a.itemtype = value
            default: break
            }
        }
        return a
    }

    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var prop = node.pointee.properties
        while let p = prop {
            if let nameC = p.pointee.name, String(cString: nameC) == wanted {
                if let child = p.pointee.children, let content = child.pointee.content { return String(cString: content) }
                return ""
            }
            prop = p.pointee.next
        }
        return nil
    }

    static func textContent(_ node: xmlNodePtr) -> String {
        var out = ""
        func collect(_ n: xmlNodePtr) {
            var c = n.pointee.children
            while let child = c {
                if child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE, let content = child.pointee.content {
                    out += String(cString: content)
                } else if child.pointee.type == XML_ELEMENT_NODE {
                    collect(child)
                }
                c = child.pointee.next
            }
        }
        collect(node)
        return out
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func visit(_ n: xmlNodePtr, state: inout WalkState, tree: inout PageTree) {
        switch n.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = n.pointee.content { state.append(String(cString: content)) }
            return
        case XML_ELEMENT_NODE:
            break
        default:
            return  // comments, processing instructions, DTD
        }
        guard let nameC = n.pointee.name else { return }
        let tag = String(cString: nameC).lowercased()
        collectMetadata(tag: tag, node: n, tree: &tree)
        if skipped.contains(tag) { return }
        if tag == "br" {
            if state.lastWasBreak {
                state.flush(into: &tree)  // <br><br>: a paragraph break
            } else {
                state.pendingSpace = true
                state.lastWasBreak = true
            }
            return
        }
        if tag == "img" || tag == "meta" || tag == "link" { return }
        if hasHiddenMarker(n) { return }

        let isBlock = blockTags.contains(tag)
        let savedContainer = state.container
        let savedTag = state.blockTag
        if isBlock {
            state.flush(into: &tree)
            state.openContainer(tag: tag, node: n, tree: &tree)
            state.blockTag = tag
        } else {
            if tag == "a" { state.inLink += 1 }
            if tag == "td" || tag == "th" { state.pendingSpace = true }
        }
        if tag == "pre" { state.inPre += 1 }
        state.lastWasBreak = false
        var child = n.pointee.children
        while let c = child {
            visit(c, state: &state, tree: &tree)
            child = c.pointee.next
        }
        if tag == "pre" { state.inPre -= 1 }
        if isBlock {
            state.flush(into: &tree)
            state.container = savedContainer
            state.blockTag = savedTag
        } else {
            if tag == "a" { state.inLink -= 1 }
            state.pendingSpace = state.pendingSpace || tag == "td" || tag == "th"
        }
    }

    static func hasHiddenMarker(_ n: xmlNodePtr) -> Bool {
        var prop = n.pointee.properties
        while let p = prop {
            if let nameC = p.pointee.name {
                let name = String(cString: nameC)
                if name == "hidden" { return true }
                if name == "aria-hidden" || name == "style" {
                    var value = ""
                    if let child = p.pointee.children, let content = child.pointee.content { value = String(cString: content) }
                    if name == "aria-hidden" && value == "true" { return true }
                    if name == "style" {
                        let v = value.lowercased().replacingOccurrences(of: " ", with: "")
                        if v.contains("display:none") || v.contains("visibility:hidden") { return true }
                    }
                }
            }
            prop = p.pointee.next
        }
        return false
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
            if attribute(n, "rel")?.lowercased() == "author" { let t = collapse(textContent(n)); if !t.isEmpty { tree.authorTexts.append(t) } }
        case "script":
            if attribute(n, "type")?.lowercased().contains("ld+json") == true { tree.jsonLD.append(textContent(n)) }
        case "time":
            if let dt = attribute(n, "datetime"), !dt.isEmpty { tree.timeDatetimes.append(dt) }
        case "h1":
            let t = collapse(textContent(n))
            if !t.isEmpty { tree.headings1.append(t) }
        default:
            if tree.bylineTexts.isEmpty, tag == "div" || tag == "span" || tag == "p" || tag == "address", let cls = attribute(n, "class")?.lowercased(), cls.contains("byline") || cls.contains("author-name") {
                let t = collapse(textContent(n))
                if !t.isEmpty, t.count < 120 { tree.bylineTexts.append(t) }
            }
            if let ip = attribute(n, "itemprop") {
                let low = ip.lowercased()
                if low == "author" || low == "creator" {
                    let t = collapse(textContent(n))
                    if !t.isEmpty, t.count < 120 { tree.authorTexts.append(t) }
                } else if low == "datepublished", let v = attribute(n, "content") ?? attribute(n, "datetime") {
                    tree.meta.append(("datepublished", v))
                }
            }
        }
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
