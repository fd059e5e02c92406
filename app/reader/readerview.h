// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureinliner.h"

#include <QPointer>
#include <QWidget>

class QWebChannel;
class QWebEngineView;

namespace goprep::core {
class Guide;
class MarkdownRenderer;
} // namespace goprep::core

namespace goprep::reader {

class FindBar;
class ReaderBridge;
class ReaderPage;
class RequestInterceptor;

// The guide reader: one page loaded once; chapters are pushed into it, so switching never reloads.
class ReaderView final : public QWidget {
    Q_OBJECT
public:
    // Starts QtWebEngine (its helper processes take tens of milliseconds to boot) and requests the page at
    // once, so it can be made before anything else of the window; see setGuide().
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;
    Q_DISABLE_COPY_MOVE(ReaderView)

    // The guide it shows and the renderer of its chapters, which must outlive the view. Chapters are shown
    // only once they are set; a page served before that comes empty and gets its chapter when it is ready.
    void setGuide(const core::Guide &guide, core::MarkdownRenderer &renderer);

    // Shows a chapter and scrolls to `sectionId` if given, else to `fraction` of its height (0..1).
    void showChapter(const QString &chapterId, const QString &sectionId = {}, double fraction = 0.0);
    void showSection(const QString &sectionId);
    // Highlights `text` in the page after the next chapter is shown (search results).
    void highlightOnShow(const QString &text) { m_pendingHighlight = text; }
    QString currentChapter() const { return m_chapterId; }
    bool isPageReady() const { return m_ready; }
    // Whether the page has been served since it was last loaded (its script may not run yet).
    bool isPageServed() const { return m_served; }
    bool isShowing(const QString &chapterId) const { return m_ready && m_shownChapter == chapterId; }

    void setAppearance(bool dark, const QString &codeCss, const QColor &background);
    void setZoom(double factor);
    double zoom() const;
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void showPreviousChapter();
    void showNextChapter();
    void activateFind();
    void findNext();
    void findPrevious();

    QWebEngineView *webView() const { return m_view; }
    RequestInterceptor *interceptor() const;
    FindBar *findBar(); // made on first use
    ReaderBridge *bridge() const { return m_bridge; }

Q_SIGNALS:
    void chapterShown(const QString &chapterId);
    void positionChanged(const QString &chapterId, double fraction, const QString &sectionId, bool atEnd);
    void chapterRequested(const QString &chapterId, const QString &sectionId);
    void zoomChanged(double factor);
    void pageServed();

private:
    QString chapterJson() const;
    QString appearanceJson() const;
    QString labelsJson() const;
    void pushChapter();
    void pushAppearance();
    void pushLabels();
    QByteArray pageDocument(const QByteArray &page);
    QString neighbourId(int offset) const;

    const core::Guide *m_guide;                   // never null; an empty guide until setGuide()
    core::MarkdownRenderer *m_renderer = nullptr; // set with the guide, used only for a chapter of it
    mutable core::FigureInliner m_figures{QStringLiteral(":/content/figures")}; // caches what it reads
    QString m_pageKey; // the page's URL (AppSchemeHandler::pageUrl) leads to this reader's pageDocument()
    ReaderPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QWebChannel *m_channel = nullptr;
    ReaderBridge *m_bridge = nullptr;
    FindBar *m_findBar = nullptr;
    bool m_ready = false;
    bool m_served = false;
    // What the page was served with (pageDocument), until it reports ready.
    struct EmbeddedState {
        QString labels;
        QString appearance;
        QString chapter;
    } m_embedded;
    QString m_chapterId;
    QString m_shownChapter;
    QString m_sectionId;
    double m_fraction = 0.0;
    QString m_pendingHighlight;
    bool m_dark = false;
    QString m_codeCss;
};

} // namespace goprep::reader
