// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the GUI tests: a throw-away settings file and waiting on the page's DOM.

#include "processmodel.h"
#include "readerview.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

// The engine runs as in the application, whose main() chooses its process model before the QApplication is
// made; QTEST_MAIN leaves no room for that, so it happens as the program loads.
static void goprepTestEngine() {
    goprep::reader::ProcessModel::chooseBeforeEngineStarts();
}
Q_CONSTRUCTOR_FUNCTION(goprepTestEngine)

namespace goprep::test {

// Runs `script` in the reader page and returns its result, waiting for the page to answer.
inline QVariant evaluate(reader::ReaderView *reader, const QString &script, int timeoutMs = 10000) {
    QVariant result;
    bool done = false;
    reader->webView()->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return result;
}

// Waits until `script` evaluates to true in the page: DOM conditions, not fixed sleeps.
inline bool waitFor(reader::ReaderView *reader, const QString &script, int timeoutMs = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        bool done = false;
        bool value = false;
        reader->webView()->page()->runJavaScript(script, [&](const QVariant &result) {
            value = result.toBool();
            done = true;
        });
        while (!done && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        if (value)
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace goprep::test
