// SPDX-License-Identifier: GPL-3.0-or-later
// The reader page: GoPrep pushes chapters into it over QWebChannel instead of reloading it,
// so switching chapters is fast and the page never flashes.
const goprep = (() => {
    "use strict"; // inside: the script is served after QWebChannel's client

    let bridge = null;
    let chapterId = "";
    let headings = [];
    let reportTimer = 0;
    let lastSection = "";
    let copiedLabel = "Copied";
    let shownBeforeBridge = "";
    let unplaced = null; // a chapter shown before the page had its size, waiting to be scrolled into place
    let placeTimer = 0;
    let rest = null; // the blocks of the first chapter that follow its first screenful, not yet put in
    let firstChapter = true; // until the page's first chapter is in: see putInOpening()
    let firstPaintBlocks = 0; // how many of the first chapter's blocks its first paint had; 0: all of them
    let shownCount = 0; // tells a chapter's callbacks whether another chapter has been shown since
    const content = document.getElementById("content");
    const nav = document.getElementById("chapter-nav");
    const previousButton = document.getElementById("previous-chapter");
    const nextButton = document.getElementById("next-chapter");

    function currentSection() {
        putInRest();
        let current = headings.length ? headings[0].id : "";
        for (const heading of headings) {
            if (heading.getBoundingClientRect().top > 90) break;
            current = heading.id;
        }
        return current;
    }

    function scrollState() {
        putInRest();
        const root = document.scrollingElement;
        const room = root.scrollHeight - window.innerHeight;
        const fraction = room > 0 ? root.scrollTop / room : 0;
        const atEnd = room <= 0 || root.scrollTop >= room - 4;
        return { fraction, atEnd, section: currentSection() };
    }

    function report() {
        reportTimer = 0;
        if (!bridge || !chapterId || unplaced) return;
        const state = scrollState();
        lastSection = state.section;
        bridge.scrolled(chapterId, state.fraction, state.section, state.atEnd);
    }

    function scheduleReport() {
        if (!reportTimer) reportTimer = setTimeout(report, 120);
    }

    function setNeighbour(button, neighbour) {
        button.hidden = !neighbour;
        button.dataset.chapter = neighbour ? neighbour.id : "";
        button.querySelector(".title").textContent = neighbour ? neighbour.title : "";
    }

    function wireCodeBlocks(chapter) {
        for (const button of chapter.querySelectorAll(".code-block button.copy")) {
            button.addEventListener("click", () => {
                const code = button.closest(".code-block").querySelector("pre code").textContent;
                if (bridge) bridge.copyCode(code);
                const label = button.dataset.label || button.textContent;
                button.dataset.label = label;
                button.textContent = copiedLabel;
                button.classList.add("done");
                setTimeout(() => { button.textContent = label; button.classList.remove("done"); }, 1500);
            });
        }
    }

    function scrollToSection(id) {
        putInRest();
        const target = id ? document.getElementById(id) : null;
        if (target) {
            target.scrollIntoView({ block: "start" });
            return true;
        }
        return false;
    }

    // Elements MarkdownRenderer never writes and that could load, connect or run something once in the page.
    // <link rel=preconnect> opens a connection that neither the Content-Security-Policy nor the request
    // interceptor sees, so such elements must never reach the live document, whatever the HTML says.
    const unwanted = "link, meta, base, script, noscript, style, iframe, frame, frameset, object, embed, " +
        "applet, form, template, portal";

    // The chapter's HTML as nodes, parsed in an inert template (nothing in it loads or connects) and cleaned.
    function parse(html) {
        const template = document.createElement("template");
        template.innerHTML = html;
        for (const element of template.content.querySelectorAll(unwanted)) element.remove();
        for (const element of template.content.querySelectorAll("*")) {
            for (const attribute of Array.from(element.attributes)) {
                if (attribute.name.toLowerCase().startsWith("on")) element.removeAttribute(attribute.name);
            }
        }
        return template.content;
    }

    function show(payload) {
        // A scroll report still waiting belongs to the chapter being left: send it now, or its position is lost.
        if (reportTimer) {
            clearTimeout(reportTimer);
            report();
        }
        clearTimeout(placeTimer);
        unplaced = null;
        rest = null;
        ++shownCount;
        chapterId = payload.chapterId;
        const chapter = parse(payload.html);
        if (isSized(payload.viewport)) {
            fill(payload, chapter);
            place(payload);
        } else {
            // The first chapter comes inside the page, which can be parsed before the view has given it its
            // size. Put in now, the text would be laid out twice (again when the size comes), a position
            // placed now would land elsewhere once the text reflows, and a report would overwrite the stored
            // one; so all of it waits for the size (or a second, should it never come). It is parsed
            // meanwhile, which takes that off the way to the first paint.
            unplaced = { payload, chapter };
            placeTimer = setTimeout(placeUnplaced, 1000);
        }
    }

    function fill(payload, chapter) {
        headings = Array.from(chapter.querySelectorAll("h1[id], h2[id], h3[id], h4[id]"));
        wireCodeBlocks(chapter);
        setNeighbour(previousButton, payload.previous);
        setNeighbour(nextButton, payload.next);
        if (firstChapter && opensAtTop(payload)) {
            rest = putInOpening(chapter);
            firstPaintBlocks = rest ? content.childElementCount : 0;
        } else {
            content.replaceChildren(chapter);
        }
        firstChapter = false;
        nav.hidden = !!rest;
    }

    function opensAtTop(payload) {
        return !payload.sectionId && !(payload.fraction > 0);
    }

    // The page's first chapter, opened at its top, gets only its first blocks at first, a little more than
    // fills the window: a fresh renderer takes 10-15 ms to lay out a whole chapter, most of it for text below
    // the window. The rest (returned, or null if none) is put in once that first screenful has been painted.
    // A chapter opened elsewhere needs all of it laid out to find its place. A later chapter goes in whole:
    // the renderer is warm by then, the layout fits in the frame it waits for anyway, and layout left for
    // after the paint held up a chapter opened right after it (chapter switches in ./dev bench: p95 35.6 ->
    // 40-41 ms, worst 37-39 -> 48-54 ms).
    function putInOpening(chapter) {
        const enough = window.innerHeight * 1.2;
        // Characters per batch: a fraction of what the window holds in body text; each check lays out only
        // the blocks added since the one before.
        const batch = Math.max(400, Math.round(window.innerWidth * window.innerHeight / 800));
        while (chapter.firstChild) {
            let characters = 0;
            while (chapter.firstChild && characters < batch) {
                characters += chapter.firstChild.textContent.length;
                content.append(chapter.firstChild);
            }
            // Lays out what is in, which the coming frame would do anyway.
            if (content.getBoundingClientRect().bottom >= enough) break;
        }
        return chapter.firstChild ? chapter : null;
    }

    function putInRest() {
        if (!rest) return;
        content.append(rest);
        rest = null;
        nav.hidden = false;
    }

    // Whether the page already has the size GoPrep gave its view (CSS pixels; none given: assumed so).
    function isSized(viewport) {
        return !viewport || (Math.abs(window.innerWidth - viewport.width) <= 2 &&
                             Math.abs(window.innerHeight - viewport.height) <= 2);
    }

    function placeUnplaced() {
        clearTimeout(placeTimer);
        const waiting = unplaced;
        unplaced = null;
        if (waiting) {
            fill(waiting.payload, waiting.chapter);
            place(waiting.payload);
        }
    }

    // Scrolls to the payload's section or position, then tells GoPrep once the chapter has been painted.
    function place(payload) {
        // With its rest to come, the page's first chapter is at its top already (and a lookup would put it in).
        if (!rest && !scrollToSection(payload.sectionId)) {
            const root = document.scrollingElement;
            root.scrollTop = Math.max(0, payload.fraction || 0) * (root.scrollHeight - window.innerHeight);
        }
        const shown = shownCount;
        requestAnimationFrame(() => requestAnimationFrame(() => {
            if (shown !== shownCount) return; // another chapter came meanwhile; it tells of its own paint
            if (!bridge) {
                shownBeforeBridge = chapterId; // the first chapter, painted before the channel is up
                putInRest();
                return;
            }
            bridge.chapterShown(chapterId);
            putInRest();
            report();
        }));
    }

    function setAppearance(appearance) {
        document.documentElement.classList.toggle("dark", !!appearance.dark);
        document.getElementById("code-theme").textContent = appearance.css || "";
        if (appearance.fonts) { // the families this machine has; reader.css lists every one it may use
            document.documentElement.style.setProperty("--body-font", appearance.fonts.body);
            document.documentElement.style.setProperty("--code-font", appearance.fonts.code);
        }
    }

    // The words of the page's own controls, in the interface's language (the guide stays English).
    function setLabels(labels) {
        nav.lang = labels.lang;
        previousButton.querySelector(".dir").textContent = "← " + labels.previous;
        nextButton.querySelector(".dir").textContent = labels.next + " →";
        copiedLabel = labels.copied;
    }

    // Links inside the guide: "#section-id" may point into another chapter.
    content.addEventListener("click", (event) => {
        const link = event.target.closest("a[href^='#']");
        if (!link) return;
        event.preventDefault();
        const id = decodeURIComponent(link.getAttribute("href").slice(1));
        if (!scrollToSection(id) && bridge) bridge.openSection(id);
    });
    for (const button of [previousButton, nextButton]) {
        button.addEventListener("click", () => {
            if (bridge && button.dataset.chapter) bridge.openChapter(button.dataset.chapter);
        });
    }
    window.addEventListener("scroll", scheduleReport, { passive: true });
    window.addEventListener("resize", () => {
        if (unplaced) placeUnplaced();
        scheduleReport();
    }, { passive: true });

    // What GoPrep put into the page when it served it: shown at once, without waiting for the channel.
    const initialState = document.getElementById("initial-state");
    if (initialState) {
        const state = JSON.parse(initialState.textContent);
        initialState.remove();
        if (state.labels) setLabels(state.labels);
        if (state.appearance) setAppearance(state.appearance);
        if (state.chapter) show(Object.assign({ viewport: state.viewport }, state.chapter));
    }

    new QWebChannel(qt.webChannelTransport, (channel) => {
        bridge = channel.objects.bridge;
        if (shownBeforeBridge) {
            bridge.chapterShown(shownBeforeBridge);
            shownBeforeBridge = "";
            report();
        }
        bridge.pageReady();
    });

    return { show, setAppearance, setLabels, scrollToSection, scrollState, currentSection,
             get chapterId() { return chapterId; }, get lastSection() { return lastSection; },
             get whole() { return !rest && !unplaced; }, get firstPaintBlocks() { return firstPaintBlocks; } };
})();
window.goprep = goprep;
