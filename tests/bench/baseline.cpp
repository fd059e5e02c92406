// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of any QtWebEngine application: a bare view showing a tiny page. It prints the same start-up
// markers as GoPrep (window visible, page painted) so the benchmark compares like with like.
#include <QApplication>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
class MarkerPage final : public QWebEnginePage {
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int,
                                  const QString &) override {
        if (message == u"painted"_s)
            std::fputs("goprep-marker painted\n", stderr);
    }
};
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QWebEngineView view;
    auto *page = new MarkerPage(&view);
    view.setPage(page);
    // Painted = two animation frames after the content is in, as GoPrep's reader reports it.
    page->setHtml(u"<!DOCTYPE html><html><body><h1>Baseline</h1><p>A tiny page.</p><script>"
                  "requestAnimationFrame(() => requestAnimationFrame(() => console.log('painted')));"
                  "</script></body></html>"_s);
    view.resize(1280, 800);
    view.show();
    QTimer::singleShot(0, &view, [] { std::fputs("goprep-marker window-visible\n", stderr); });
    return app.exec();
}
