// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing leaves the machine. A local HTTP server stands in for every remote host: a request that got past
// the reader's defences would reach it. Every chapter is shown, then a hostile page is pushed through the
// reader's own path (goprep.show) and, as if a script of it could run, every other way a page can make a
// request or leave is tried. Each attempt must be stopped by the Content-Security-Policy (counted in the
// page's securitypolicyviolation events), the request interceptor (counted by it), or the page's navigation
// policy, and the server must see nothing.
#include "guitest.h"

#include "appscheme.h"
#include "appsettings.h"
#include "guide.h"
#include "mainwindow.h"
#include "readerpage.h"
#include "readerprofile.h"
#include "requestinterceptor.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace goprep;

// Counts every connection and request line it gets; answers each with an empty 200.
class RemoteHost final : public QObject {
    Q_OBJECT
public:
    QTcpServer server;
    int connections = 0;
    QStringList requests;

    bool start() {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray line = socket->readLine().trimmed();
                    if (!line.isEmpty())
                        requests << QString::fromLatin1(line);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return server.listen(QHostAddress::LocalHost);
    }
    QString base() const { return u"http://127.0.0.1:%1"_s.arg(server.serverPort()); }
};

class DesktopUrlSink final : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestNothingLeaves final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;
    RemoteHost m_host;
    DesktopUrlSink m_desktop;

    static bool shows(reader::ReaderView *reader, const QString &chapterId) {
        return test::waitFor(reader, u"window.goprep && goprep.chapterId === '%1'"_s.arg(chapterId));
    }

    // Records the page's CSP violations from now on.
    static void watchViolations(reader::ReaderView *reader) {
        test::evaluate(reader, uR"(
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', (e) => __violations.push(
                { uri: e.blockedURI, directive: e.effectiveDirective }), true);
            true)"_s);
    }

    // A file of tests/fixtures/hostile with REMOTE standing for the stand-in host.
    QString fixture(const QString &name) const {
        QFile file(qEnvironmentVariable("GOPREP_SOURCE_DIR") + u"/tests/fixtures/hostile/"_s + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll())
            .replace(u"REMOTE_WS"_s, u"ws://127.0.0.1:%1"_s.arg(m_host.server.serverPort()))
            .replace(u"REMOTE"_s, m_host.base());
    }

    static QJsonArray violations(reader::ReaderView *reader) {
        const QString json =
            test::evaluate(reader, u"JSON.stringify(window.__violations || [])"_s).toString();
        return QJsonDocument::fromJson(json.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_guide = core::Guide::loadBuiltIn();
        QVERIFY(m_host.start());
        QDesktopServices::setUrlHandler(u"http"_s, &m_desktop, "open");
        QDesktopServices::setUrlHandler(u"https"_s, &m_desktop, "open");
    }

    void cleanupTestCase() {
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }

    // The detector works: an ordinary page without our defences (the reader's profile, which every page of
    // the process shares, but neither the reader's interceptor nor its policy) does reach a stand-in host. It
    // has a host of its own, so a late connection of Chromium's (a retry, a speculative socket) cannot count
    // against the tests that follow.
    void ordinaryPage_reachesTheStandInHost() {
        RemoteHost control;
        QVERIFY(control.start());
        QWebEnginePage page(reader::ReaderProfile::profile());
        page.setHtml(u"<img src=\"%1/control.png\">"_s.arg(control.base()), QUrl(control.base() + u"/"_s));
        QTRY_VERIFY_WITH_TIMEOUT(control.requests.contains(u"GET /control.png HTTP/1.1"_s), 20'000);
        QVERIFY(control.connections > 0);
    }

    // Every chapter shows with its figures, without one request blocked, one policy violation or one
    // connection to the stand-in host.
    void everyChapter_loadsOnlyFromTheApp() {
        core::AppSettings settings(m_dir.filePath(u"chapters.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        reader::ReaderView *reader = window.reader();
        QVERIFY(window.openLocation(m_guide.chapters().first().id));
        QVERIFY(shows(reader, m_guide.chapters().first().id));
        watchViolations(reader);
        int images = 0;
        for (const core::Chapter &chapter : m_guide.chapters()) {
            QVERIFY(window.openLocation(chapter.id));
            QVERIFY2(shows(reader, chapter.id), qPrintable(chapter.id));
            // Figures are served by the app itself, or come inside the chapter (SVG) and are laid out.
            QVERIFY2(test::waitFor(reader,
                                   u"Array.from(document.querySelectorAll('#content img, #content svg'))"
                                   ".every((figure) => figure.tagName === 'IMG'"
                                   " ? figure.complete && figure.naturalWidth > 0"
                                   " : figure.getBoundingClientRect().height > 0)"_s),
                     qPrintable(chapter.id));
            images +=
                test::evaluate(reader, u"document.querySelectorAll('#content img, #content svg').length"_s)
                    .toInt();
        }
        qInfo("%lld chapters, %d figures: %d requests blocked, %lld policy violations, %d connections out",
              m_guide.chapters().size(), images, reader->interceptor()->blockedCount(),
              violations(reader).size(), m_host.connections);
        QVERIFY(images > 0);
        QCOMPARE(reader->interceptor()->blockedCount(), 0);
        QCOMPARE(violations(reader), QJsonArray());
        QCOMPARE(m_host.connections, 0);
        QCOMPARE(reader->webView()->url().adjusted(QUrl::RemoveQuery), reader::appUrl(u"/reader.html"_s));
    }

    // The second line of defence on its own: a page of the reader's profile without our policy (as if the
    // policy failed) still cannot reach the stand-in host, because the request interceptor, installed as
    // ReaderPage installs it, stops it.
    void interceptor_stopsWhatThePolicyWouldLetThrough() {
        reader::RequestInterceptor interceptor;
        QSignalSpy blocked(&interceptor, &reader::RequestInterceptor::requestBlocked);
        QWebEnginePage page(reader::ReaderProfile::profile());
        page.setUrlRequestInterceptor(&interceptor);
        page.setHtml(
            u"<img src=\"%1/unguarded.png\"><script src=\"%1/unguarded.js\"></script>"_s.arg(m_host.base()));
        QTRY_VERIFY_WITH_TIMEOUT(blocked.size() >= 2, 20'000);
        QStringList paths;
        for (const QList<QVariant> &args : std::as_const(blocked))
            paths << args.at(0).toUrl().path();
        QVERIFY(paths.contains(u"/unguarded.png"_s));
        QVERIFY(paths.contains(u"/unguarded.js"_s));
        QCOMPARE(m_host.connections, 0);
        qInfo(
            "without the policy: %lld requests attempted, %d blocked by the interceptor, %d connections out",
            blocked.size(), interceptor.blockedCount(), m_host.connections);
    }

    // A hostile page through the reader's own path, plus everything a script of it could try. Each attempt is
    // stopped and accounted for; the stand-in host sees nothing; the reader never leaves its page.
    void hostilePage_makesNoRequestAndStaysOnItsPage() {
        core::AppSettings settings(m_dir.filePath(u"hostile.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        reader::ReaderView *reader = window.reader();
        QVERIFY(window.openLocation(u"generics"_s));
        QVERIFY(shows(reader, u"generics"_s));
        watchViolations(reader);
        QSignalSpy blocked(reader->interceptor(), &reader::RequestInterceptor::requestBlocked);
        auto *page = qobject_cast<reader::ReaderPage *>(reader->webView()->page());
        QVERIFY(page);
        QSignalSpy refused(page, &reader::ReaderPage::navigationRefused);
        QSignalSpy urlChanged(page, &QWebEnginePage::urlChanged);
        m_desktop.urls.clear();

        // 1. HTML the renderer would never write, pushed in as a chapter.
        const QJsonObject payload{
            {u"chapterId"_s, u"hostile"_s}, {u"html"_s, fixture(u"page.html"_s)}, {u"fraction"_s, 0}};
        test::evaluate(reader,
                       u"goprep.show("_s + QString::fromUtf8(QJsonDocument(payload).toJson()) + u"); true"_s);
        QVERIFY(shows(reader, u"hostile"_s));
        // Elements that would load or connect on insertion never reach the page, nor do event handlers.
        QCOMPARE(test::evaluate(reader, u"document.querySelectorAll('#content :is(link, meta, script, style, "
                                        "iframe, object, embed, form)').length"_s)
                     .toInt(),
                 0);
        QCOMPARE(test::evaluate(reader, u"document.querySelectorAll('#content [onerror]').length"_s).toInt(),
                 0);
        // 2. As if a script of the page could run (the policy allows only our own script).
        test::evaluate(reader, fixture(u"page.js"_s) + u"; true"_s);
        test::evaluate(reader, u"location.href = '%1/navigate'; true"_s.arg(m_host.base()));

        // Where each attempt must be stopped.
        const QStringList byPolicy{u"img"_s,           u"srcset"_s,        u"picture"_s,     u"svgimage"_s,
                                   u"inputimage"_s,    u"video"_s,         u"audio"_s,       u"poster"_s,
                                   u"inlinestyle"_s,   u"dynamicscript"_s, u"fetch"_s,       u"xhr"_s,
                                   u"beacon"_s,        u"websocket"_s,     u"eventsource"_s, u"module"_s,
                                   u"newimage"_s,      u"stylesheet"_s,    u"prefetch"_s,    u"import"_s,
                                   u"cssbackground"_s, u"font"_s,          u"form"_s};
        const QStringList byPolicyOriginOnly{u"iframe"_s, u"object"_s}; // reported without the path
        const QStringList byNavigationPolicy{u"link"_s, u"navigate"_s};
        const auto accounted = [&](const QString &path) {
            const QString suffix = u'/' + path;
            for (const QJsonValue &v : violations(reader))
                if (QUrl(v[u"uri"_s].toString()).path() == suffix)
                    return true;
            for (const QList<QVariant> &args : std::as_const(blocked))
                if (args.at(0).toUrl().path() == suffix)
                    return true;
            for (const QList<QVariant> &args : std::as_const(refused))
                if (args.at(0).toUrl().path() == suffix)
                    return true;
            return false;
        };
        const auto originViolations = [&](const QString &directive) {
            int count = 0;
            for (const QJsonValue &v : violations(reader))
                count +=
                    v[u"directive"_s] == directive && QUrl(v[u"uri"_s].toString()).path().isEmpty() ? 1 : 0;
            return count;
        };
        for (const QString &path : byPolicy + byNavigationPolicy)
            QTRY_VERIFY2_WITH_TIMEOUT(accounted(path), qPrintable(path), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(originViolations(u"frame-src"_s) >= 1, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(originViolations(u"object-src"_s) >= 2, 20'000); // <object> and <embed>

        // Nothing reached the stand-in host, and the reader is still on its own page.
        QCOMPARE(m_host.connections, 0);
        QCOMPARE(m_host.requests, QStringList());
        QCOMPARE(urlChanged.size(), 0);
        QCOMPARE(reader->webView()->url().adjusted(QUrl::RemoveQuery), reader::appUrl(u"/reader.html"_s));
        QVERIFY(test::waitFor(reader, u"goprep.chapterId === 'hostile'"_s));
        QCOMPARE(test::evaluate(reader, u"String(window.__opened)"_s).toString(), u"null"_s);
        // Web links the user follows open in the desktop browser (here a sink), never in the reader.
        for (const QUrl &url : std::as_const(m_desktop.urls))
            QVERIFY2(byNavigationPolicy.contains(url.path().mid(1)), qPrintable(url.toString()));

        QSet<QString> violated;
        for (const QJsonValue &v : violations(reader))
            violated << v[u"uri"_s].toString() + u' ' + v[u"directive"_s].toString();
        const int attempts = int(byPolicy.size() + byPolicyOriginOnly.size() + byNavigationPolicy.size());
        qInfo("%d remote requests attempted, %d blocked: %lld distinct policy violations, %lld by the "
              "interceptor, %lld navigations refused; %d connections reached the stand-in host",
              attempts, attempts, violated.size(), blocked.size(), refused.size(), m_host.connections);
    }
};

QTEST_MAIN(TestNothingLeaves)
#include "tst_nothingleaves.moc"
