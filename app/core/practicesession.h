// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptlog.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>

namespace goprep::core {

class AppSettings;

// The one timed attempt at a coding task that may be under way. Everything is derived from stored instants
// (start, closed pauses, the open pause, the stop) and the injected clock, and every change is written and
// synced at once, so an attempt resumes after a restart, or a crash, with exactly the time it has left.
class PracticeSession final : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    enum class State { Idle, Running, Paused, Stopped };
    Q_ENUM(State)
    enum class Alert { None, FiveMinutesLeft, TimeUp };
    Q_ENUM(Alert)
    static constexpr qint64 warningMsecs = 5 * 60 * 1000;
    static constexpr int maxMinutes = 8 * 60;

    PracticeSession(AppSettings &settings, Clock clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PracticeSession)

    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle; }
    QString taskId() const { return m_taskId; }
    int minutes() const { return m_minutes; }
    QDateTime startedAt() const { return m_startedAt; }
    // Time on the clock so far, pauses excluded; frozen while paused or stopped.
    qint64 elapsedMsecs() const;
    // Time box minus elapsed: negative once the attempt runs over.
    qint64 remainingMsecs() const;
    // The most severe warning raised so far for this attempt.
    Alert alertRaised() const { return m_alert; }

    // Starts a new attempt; false while another one is active or for a bad id or time box (1..maxMinutes).
    bool start(const QString &taskId, int minutes);
    void pause();
    void resume();
    // Ends the clock; the attempt waits for the user's rating (record) or is dropped (discard).
    void stop();
    // Raises a due warning, once per attempt, and reports the time. Call it about once a second.
    void tick();

    bool isRequirementDone(int index) const { return m_requirementsDone.contains(index); }
    QList<int> requirementsDone() const { return m_requirementsDone; }
    void setRequirementDone(int index, bool done);

    // Stops the clock if needed, appends the attempt to `log` and returns to Idle. False when idle or the log
    // refused it (the attempt is then kept).
    bool record(AttemptLog &log, AttemptRating rating, const QString &note);
    void discard();

    // One line for the user when a stored attempt could not be read; empty otherwise.
    QString loadProblem() const { return m_loadProblem; }

Q_SIGNALS:
    void changed();
    void ticked();
    void alert(goprep::core::PracticeSession::Alert alert);

private:
    void load();
    void save();
    QDateTime now() const;

    AppSettings &m_settings;
    Clock m_clock;
    State m_state = State::Idle;
    QString m_taskId;
    int m_minutes = 0;
    QDateTime m_startedAt;
    qint64 m_pausedMsecs = 0; // closed pauses
    QDateTime m_pausedAt;     // valid while paused
    QDateTime m_stoppedAt;    // valid once stopped
    Alert m_alert = Alert::None;
    QList<int> m_requirementsDone;
    QString m_loadProblem;
};

} // namespace goprep::core
