// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "goprep.ui.instance", QtWarningMsg)

// A message is a 4-byte big-endian length and the arguments in UTF-8, separated by NUL (which no command-line
// argument can contain). Anything longer than this is not a command line.
constexpr quint32 kMaxMessage = 64 * 1024;
constexpr char kAccepted = '1';

QString pathHash(const QString &settingsPath) {
    const QByteArray hash = QCryptographicHash::hash(settingsPath.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

// Where the lock and the socket live: a folder every GoPrep of this user on this machine sees.
QString runtimeFolder() {
    // Under Flatpak each instance has its own /tmp and runtime folder; this one is shared by all instances.
    if (const QString app = qEnvironmentVariable("FLATPAK_ID"); !app.isEmpty()) {
        const QString shared = qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/app/"_s + app;
        if (QFileInfo(shared).isDir())
            return shared;
    }
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

} // namespace

SingleInstance::SingleInstance(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settingsPath(settingsPath)
    , m_lock(lockFilePath(settingsPath)) {
    // The default of 30 s would call the lock of a GoPrep that has simply been open for a minute stale; only
    // a lock whose process is gone is stale.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default; // the lock is released by QLockFile, the socket by QLocalServer

QString SingleInstance::lockFilePath(const QString &settingsPath) {
    return runtimeFolder() + u"/goprep-"_s + pathHash(settingsPath) + u".lock"_s;
}

QString SingleInstance::serverName(const QString &settingsPath) {
    // A full path: QLocalServer would otherwise put the socket in /tmp, which need not be the lock's folder.
    return runtimeFolder() + u"/goprep-"_s + pathHash(settingsPath) + u".socket"_s;
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (m_lock.tryLock(0)) // also takes over a lock whose process is gone
            return listen() ? Role::Primary : Role::Unguarded;
        if (m_lock.error() != QLockFile::LockFailedError) {
            m_error =
                tr("Could not create the lock file %1.").arg(QDir::toNativeSeparators(m_lock.fileName()));
            qCWarning(lcInstance).noquote() << m_error;
            return Role::Unguarded;
        }
        // A live process holds the lock. It listens right after locking, so a refused connection means it is
        // still starting (or just ended, which the next tryLock sees).
        if (handOver(arguments, int(std::clamp<qint64>(deadline.remainingTime(), 1, 2000))))
            return Role::HandedOver;
        if (deadline.hasExpired()) {
            qint64 pid = 0;
            QString host, app;
            m_lock.getLockInfo(&pid, &host, &app);
            m_error = tr("GoPrep (process %1) is already running with %2 but does not answer.")
                          .arg(pid)
                          .arg(QDir::toNativeSeparators(m_settingsPath));
            return Role::NoAnswer;
        }
        QThread::msleep(50);
    }
}

bool SingleInstance::listen() {
    const QString name = serverName(m_settingsPath);
    // We hold the lock, so a socket file of that name was left by a process that crashed.
    QLocalServer::removeServer(name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        m_error = tr("Could not listen for other GoPrep launches: %1").arg(m_server->errorString());
        qCWarning(lcInstance).noquote() << m_error;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
            readMessage(socket);
        }
    });
    return true;
}

void SingleInstance::readMessage(QLocalSocket *socket) {
    if (socket->bytesAvailable() < qint64(sizeof(quint32)))
        return;
    quint32 length = 0;
    socket->peek(reinterpret_cast<char *>(&length), sizeof length);
    length = qFromBigEndian(length);
    if (length > kMaxMessage) {
        qCWarning(lcInstance) << "ignoring an oversized message from another launch";
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < qint64(sizeof length + length))
        return; // the rest is still on its way
    socket->skip(sizeof length);
    const QByteArray payload = socket->read(length);
    const QStringList arguments = QString::fromUtf8(payload).split(QChar(0));
    socket->write(&kAccepted, 1);
    socket->flush();
    Q_EMIT argumentsReceived(arguments);
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName(m_settingsPath));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    const QByteArray payload = arguments.join(QChar(0)).toUtf8();
    if (payload.size() > qsizetype(kMaxMessage)) {
        m_error = tr("The command line is too long to hand over.");
        return false;
    }
    const quint32 length = qToBigEndian(quint32(payload.size()));
    socket.write(reinterpret_cast<const char *>(&length), sizeof length);
    socket.write(payload);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    char answer = 0;
    return socket.read(&answer, 1) == 1 && answer == kAccepted;
}

} // namespace goprep::ui
