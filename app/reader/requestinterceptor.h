// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace goprep::reader {

// The single network policy of the reader profile: only our own scheme (and inline data) loads.
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
public:
    explicit RequestInterceptor(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RequestInterceptor)

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.load(); }
    static bool isAllowed(const QUrl &url);

Q_SIGNALS:
    // Queued to the GUI thread: interceptRequest runs on the IO thread.
    void requestBlocked(const QUrl &url);

private:
    std::atomic_int m_blocked = 0;
};

} // namespace goprep::reader
