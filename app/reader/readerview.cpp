// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"
#include "appscheme.h"
#include "findbar.h"
#include "fontstack.h"
#include "logging.h"
#include "readerbridge.h"
#include "readerpage.h"
#include "readerprofile.h"
#include "requestinterceptor.h"

#include "guide.h"
#include "markdownrenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace goprep::reader {

namespace {
constexpr double minZoom = 0.5;
constexpr double maxZoom = 3.0;
constexpr double zoomStep = 0.1;

// What the view shows until setGuide(): no chapters, so nothing is found and nothing rendered.
const core::Guide &noGuide() {
    static const core::Guide empty;
    return empty;
}
} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_guide(&noGuide())
    , m_channel(new QWebChannel(this))
    , m_bridge(new ReaderBridge(this)) {
    m_pageKey = ReaderProfile::schemeHandler()->addPageFilter(
        [this](const QByteArray &page) { return pageDocument(page); });

    m_page = new ReaderPage(this);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    m_channel->registerObject(u"bridge"_s, m_bridge);
    m_page->setWebChannel(m_channel);

    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);

    connect(m_bridge, &ReaderBridge::ready, this, [this] {
        m_ready = true;
        // The page came with what was current when it was served; send only what changed since.
        const EmbeddedState embedded = std::exchange(m_embedded, {});
        if (labelsJson() != embedded.labels)
            pushLabels();
        if (appearanceJson() != embedded.appearance)
            pushAppearance();
        if (!m_chapterId.isEmpty() && chapterJson() != embedded.chapter)
            pushChapter();
    });
    connect(m_bridge, &ReaderBridge::shown, this, [this](const QString &chapterId) {
        m_shownChapter = chapterId;
        if (!m_pendingHighlight.isEmpty()) // a search result: show where the match is
            m_page->findText(std::exchange(m_pendingHighlight, QString()));
        Q_EMIT chapterShown(chapterId);
    });
    connect(m_bridge, &ReaderBridge::positionChanged, this, &ReaderView::positionChanged);
    connect(m_bridge, &ReaderBridge::sectionRequested, this, [this](const QString &sectionId) {
        if (const core::Chapter *chapter = m_guide->chapterOfSection(sectionId))
            Q_EMIT chapterRequested(chapter->id, sectionId);
    });
    connect(m_bridge, &ReaderBridge::chapterRequested, this,
            [this](const QString &chapterId) { Q_EMIT chapterRequested(chapterId, QString()); });
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] { m_ready = false; });
    connect(m_page, &QWebEnginePage::loadFinished, this,
            [](bool ok) { qCDebug(lcReader) << "reader page loaded:" << ok; });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
                qCWarning(lcReader) << "the page's render process ended" << status << code << "- reloading";
                m_ready = false;
                m_served = false;
                m_page->load(AppSchemeHandler::pageUrl(m_pageKey));
            });

    m_page->load(AppSchemeHandler::pageUrl(m_pageKey));
}

ReaderView::~ReaderView() {
    // A request can still be served while the page goes (QtWebEngine finishes it then); it gets the plain
    // page.
    ReaderProfile::schemeHandler()->removePageFilter(m_pageKey);
    // The view goes before the page it shows.
    delete m_view;
    m_view = nullptr;
    delete m_page;
    m_page = nullptr;
}

RequestInterceptor *ReaderView::interceptor() const {
    return m_page->interceptor();
}

void ReaderView::setGuide(const core::Guide &guide, core::MarkdownRenderer &renderer) {
    m_guide = &guide;
    m_renderer = &renderer;
}

void ReaderView::showChapter(const QString &chapterId, const QString &sectionId, double fraction) {
    const core::Chapter *chapter = m_guide->chapter(chapterId);
    if (!chapter) {
        qCWarning(lcReader) << "unknown chapter" << chapterId;
        return;
    }
    m_chapterId = chapter->id;
    m_sectionId = m_guide->currentId(sectionId);
    m_fraction = fraction;
    if (m_ready)
        pushChapter();
}

void ReaderView::showSection(const QString &sectionId) {
    if (const core::Chapter *chapter = m_guide->chapterOfSection(sectionId))
        showChapter(chapter->id, sectionId);
}

QString ReaderView::neighbourId(int offset) const {
    const core::Chapter *chapter = m_guide->chapter(m_chapterId);
    if (!chapter)
        return {};
    const int index = chapter->index + offset;
    if (index < 0 || index >= m_guide->chapters().size())
        return {};
    return m_guide->chapters().at(index).id;
}

namespace {
QString compactJson(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QString ReaderView::chapterJson() const {
    const core::Chapter *chapter = m_guide->chapter(m_chapterId);
    if (!chapter)
        return {};
    QJsonObject payload{
        {u"chapterId"_s, chapter->id},
        {u"html"_s, m_figures.apply(m_renderer->renderChapter(*chapter))},
        {u"sectionId"_s, m_sectionId == chapter->id ? QString() : m_sectionId},
        {u"fraction"_s, m_fraction},
    };
    for (const auto &[key, offset] : {std::pair{u"previous"_s, -1}, std::pair{u"next"_s, 1}}) {
        const QString id = neighbourId(offset);
        if (const core::Chapter *neighbour = m_guide->chapter(id))
            payload.insert(key, QJsonObject{{u"id"_s, id}, {u"title"_s, neighbour->title}});
    }
    return compactJson(payload);
}

void ReaderView::pushChapter() {
    const QString json = chapterJson();
    if (json.isEmpty())
        return;
    m_shownChapter.clear();
    m_page->runJavaScript(u"goprep.show("_s + json + u");"_s);
}

QByteArray ReaderView::pageDocument(const QByteArray &page) {
    // Start-up speed: the first chapter, the labels and the colours travel inside the page, so it paints
    // them as soon as it is parsed instead of after the QWebChannel handshake and three script calls. The
    // page's script shows them through the same path as any later chapter. A JSON data block is inert and
    // outside the Content-Security-Policy's reach; escaping every '<' keeps "</script>" in a chapter from
    // ending it.
    m_embedded = {labelsJson(), appearanceJson(), chapterJson()};
    if (!m_embedded.chapter.isEmpty())
        m_shownChapter.clear();
    // The view's size in CSS pixels: the page may be parsed before it is told, see show() in reader.js.
    const double zoom = m_view->zoomFactor() > 0 ? m_view->zoomFactor() : 1.0;
    const QString viewport = compactJson({{u"width"_s, std::round(m_view->width() / zoom)},
                                          {u"height"_s, std::round(m_view->height() / zoom)}});
    QString state = u"{\"labels\":"_s + m_embedded.labels + u",\"appearance\":"_s + m_embedded.appearance +
                    u",\"viewport\":"_s + viewport;
    if (!m_embedded.chapter.isEmpty())
        state += u",\"chapter\":"_s + m_embedded.chapter;
    state += u'}';
    state.replace(u'<', u"\\u003c"_s);
    const QByteArray block =
        "<script type=\"application/json\" id=\"initial-state\">" + state.toUtf8() + "</script>\n</body>";
    QByteArray document = page;
    document.replace("</body>", block);
    m_served = true;
    Q_EMIT pageServed();
    return document;
}
void ReaderView::setAppearance(bool dark, const QString &codeCss, const QColor &background) {
    m_dark = dark;
    m_codeCss = codeCss;
    // The page starts with the window's colour, so there is no white flash before the CSS applies.
    m_page->setBackgroundColor(background);
    if (m_ready)
        pushAppearance();
}

QString ReaderView::appearanceJson() const {
    // The fonts are looked up when the page is first served: by then the window has made Qt read the
    // machine's font list, which the lookup needs.
    const ReaderFonts &fonts = readerFonts();
    return compactJson({{u"dark"_s, m_dark},
                        {u"css"_s, m_codeCss},
                        {u"fonts"_s, QJsonObject{{u"body"_s, fonts.body}, {u"code"_s, fonts.code}}}});
}

void ReaderView::pushAppearance() {
    m_page->runJavaScript(u"goprep.setAppearance("_s + appearanceJson() + u");"_s);
}

QString ReaderView::labelsJson() const {
    // The page's own controls speak the interface's language; the guide around them stays English.
    return compactJson({{u"lang"_s, tr("en", "the language code of this translation (BCP 47)")},
                        {u"previous"_s, tr("Previous")},
                        {u"next"_s, tr("Next")},
                        {u"copied"_s, tr("Copied")}});
}

void ReaderView::pushLabels() {
    m_page->runJavaScript(u"goprep.setLabels("_s + labelsJson() + u");"_s);
}

void ReaderView::setZoom(double factor) {
    const double bounded = qBound(minZoom, factor, maxZoom);
    if (qFuzzyCompare(bounded, m_view->zoomFactor()))
        return;
    m_view->setZoomFactor(bounded);
    Q_EMIT zoomChanged(bounded);
}

double ReaderView::zoom() const {
    return m_view->zoomFactor();
}
void ReaderView::zoomIn() {
    setZoom(zoom() + zoomStep);
}
void ReaderView::zoomOut() {
    setZoom(zoom() - zoomStep);
}
void ReaderView::resetZoom() {
    setZoom(1.0);
}

void ReaderView::showPreviousChapter() {
    if (const QString id = neighbourId(-1); !id.isEmpty())
        Q_EMIT chapterRequested(id, QString());
}

void ReaderView::showNextChapter() {
    if (const QString id = neighbourId(1); !id.isEmpty())
        Q_EMIT chapterRequested(id, QString());
}

FindBar *ReaderView::findBar() {
    // Made when first asked for rather than with the view: main() makes the view before the interface
    // language is installed, which the bar's texts need, and a hidden bar is work on the way to the first
    // paint.
    if (!m_findBar) {
        m_findBar = new FindBar(m_page, this);
        layout()->addWidget(m_findBar);
    }
    return m_findBar;
}

void ReaderView::activateFind() {
    findBar()->activate();
}
void ReaderView::findNext() {
    findBar()->findNext();
}
void ReaderView::findPrevious() {
    findBar()->findPrevious();
}

} // namespace goprep::reader
