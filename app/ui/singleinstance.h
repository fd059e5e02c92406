// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace goprep::ui {

// One GoPrep per settings file. The first process holds a lock and listens on a local socket; a second one
// hands its command line to it and exits, so two processes never write the same progress. A lock left by a
// process that crashed is recognised (its process is gone) and taken over.
//
// The lock and the socket live in the user's runtime folder ($XDG_RUNTIME_DIR; under Flatpak the folder its
// instances share), named after a hash of the settings path, not beside the settings file: that file may sit
// in a synced folder, where a lock left by a crash on one machine would travel to another and could never be
// recognised as stale there.
class SingleInstance final : public QObject {
    Q_OBJECT
public:
    enum class Role {
        Primary,    // this process owns the settings file
        HandedOver, // the running process took the arguments; this one should exit
        NoAnswer,   // a live process holds the lock but did not take the arguments in time
        Unguarded,  // no lock could be made (e.g. no writable runtime folder): run without the guarantee
    };

    explicit SingleInstance(const QString &settingsPath, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // Becomes the primary, or hands `arguments` to the primary, retrying for up to `timeoutMs` while the
    // primary is starting up.
    Role start(const QStringList &arguments, int timeoutMs = 10000);
    QString errorString() const { return m_error; }

    static QString lockFilePath(const QString &settingsPath);
    static QString serverName(const QString &settingsPath);

Q_SIGNALS:
    // On the primary: the command line of a later launch.
    void argumentsReceived(const QStringList &arguments);

private:
    bool listen();
    bool handOver(const QStringList &arguments, int timeoutMs);
    void readMessage(QLocalSocket *socket);

    QString m_settingsPath;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace goprep::ui
