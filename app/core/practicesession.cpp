// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicesession.h"
#include "appsettings.h"
#include "logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

QString stateName(PracticeSession::State state) {
    switch (state) {
    case PracticeSession::State::Running:
        return u"running"_s;
    case PracticeSession::State::Paused:
        return u"paused"_s;
    case PracticeSession::State::Stopped:
        return u"stopped"_s;
    case PracticeSession::State::Idle:
        break;
    }
    return {};
}

QString timeText(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QVariant &value) {
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// A clock set back must not make time run backwards or a pause count negative.
qint64 forwardMsecs(const QDateTime &from, const QDateTime &to) {
    return std::max<qint64>(0, from.msecsTo(to));
}

} // namespace

PracticeSession::PracticeSession(AppSettings &settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {
    load();
}

QDateTime PracticeSession::now() const {
    return m_clock().toUTC();
}

void PracticeSession::load() {
    const QString state = m_settings.value(keys::practiceState).toString();
    if (state.isEmpty())
        return;
    const QString taskId = m_settings.value(keys::practiceTask).toString();
    bool minutesOk = false;
    const int minutes = m_settings.value(keys::practiceMinutes).toInt(&minutesOk);
    bool pausedOk = false;
    const qint64 paused = m_settings.value(keys::practicePausedMsecs, 0).toLongLong(&pausedOk);
    const QDateTime started = parseTime(m_settings.value(keys::practiceStartedAt));
    const QDateTime pausedAt = parseTime(m_settings.value(keys::practicePausedAt));
    const QDateTime stoppedAt = parseTime(m_settings.value(keys::practiceStoppedAt));
    State loaded = State::Idle;
    for (const State candidate : {State::Running, State::Paused, State::Stopped}) {
        if (stateName(candidate) == state)
            loaded = candidate;
    }
    const bool valid = loaded != State::Idle && AttemptLog::isStorableId(taskId) && minutesOk &&
                       minutes >= 1 && minutes <= maxMinutes && pausedOk && paused >= 0 &&
                       started.isValid() && (loaded != State::Paused || pausedAt.isValid()) &&
                       (loaded != State::Stopped || stoppedAt.isValid());
    if (!valid) {
        // The stored values stay in the file as they are until a new attempt replaces them.
        m_loadProblem = tr("The coding-task attempt in progress could not be read and was set aside.");
        qCWarning(lcProgress).noquote() << m_loadProblem << "state" << state << "task" << taskId;
        return;
    }
    m_state = loaded;
    m_taskId = taskId;
    m_minutes = minutes;
    m_startedAt = started;
    m_pausedMsecs = paused;
    m_pausedAt = loaded == State::Paused ? pausedAt : QDateTime();
    m_stoppedAt = loaded == State::Stopped ? stoppedAt : QDateTime();
    m_alert = Alert(std::clamp(m_settings.value(keys::practiceAlerts, 0).toInt(), 0, 2));
    for (const QString &text : m_settings.value(keys::practiceRequirements).toStringList()) {
        bool ok = false;
        const int index = text.toInt(&ok);
        if (ok && index >= 0 && !m_requirementsDone.contains(index))
            m_requirementsDone << index;
    }
    std::sort(m_requirementsDone.begin(), m_requirementsDone.end());
}

void PracticeSession::save() {
    QSettings &store = m_settings.settings();
    store.remove(QLatin1StringView(keys::practiceGroup));
    if (m_state != State::Idle) {
        QStringList done;
        for (int index : std::as_const(m_requirementsDone))
            done << QString::number(index);
        store.setValue(QLatin1StringView(keys::practiceState), stateName(m_state));
        store.setValue(QLatin1StringView(keys::practiceTask), m_taskId);
        store.setValue(QLatin1StringView(keys::practiceMinutes), m_minutes);
        store.setValue(QLatin1StringView(keys::practiceStartedAt), timeText(m_startedAt));
        store.setValue(QLatin1StringView(keys::practicePausedMsecs), m_pausedMsecs);
        store.setValue(QLatin1StringView(keys::practicePausedAt), timeText(m_pausedAt));
        store.setValue(QLatin1StringView(keys::practiceStoppedAt), timeText(m_stoppedAt));
        store.setValue(QLatin1StringView(keys::practiceAlerts), int(m_alert));
        store.setValue(QLatin1StringView(keys::practiceRequirements), done);
    }
    m_settings.sync(); // reports a failed write
    m_loadProblem.clear();
    Q_EMIT changed();
}

qint64 PracticeSession::elapsedMsecs() const {
    QDateTime end;
    switch (m_state) {
    case State::Idle:
        return 0;
    case State::Running:
        end = now();
        break;
    case State::Paused:
        end = m_pausedAt;
        break;
    case State::Stopped:
        end = m_stoppedAt;
        break;
    }
    return std::max<qint64>(0, forwardMsecs(m_startedAt, end) - m_pausedMsecs);
}

qint64 PracticeSession::remainingMsecs() const {
    if (m_state == State::Idle)
        return 0;
    return qint64(m_minutes) * 60 * 1000 - elapsedMsecs();
}

bool PracticeSession::start(const QString &taskId, int minutes) {
    if (m_state != State::Idle || !AttemptLog::isStorableId(taskId) || minutes < 1 || minutes > maxMinutes)
        return false;
    m_state = State::Running;
    m_taskId = taskId;
    m_minutes = minutes;
    m_startedAt = now();
    m_pausedMsecs = 0;
    m_pausedAt = {};
    m_stoppedAt = {};
    // A time box of five minutes or less starts inside the warning window: only the end is announced.
    m_alert = qint64(minutes) * 60 * 1000 <= warningMsecs ? Alert::FiveMinutesLeft : Alert::None;
    m_requirementsDone.clear();
    save();
    return true;
}

void PracticeSession::pause() {
    if (m_state != State::Running)
        return;
    m_state = State::Paused;
    m_pausedAt = now();
    save();
}

void PracticeSession::resume() {
    if (m_state != State::Paused)
        return;
    m_pausedMsecs += forwardMsecs(m_pausedAt, now());
    m_pausedAt = {};
    m_state = State::Running;
    save();
}

void PracticeSession::stop() {
    if (m_state == State::Idle || m_state == State::Stopped)
        return;
    if (m_state == State::Paused) {
        // The stop closes the pause: the clock reads what it read when the pause began.
        m_stoppedAt = m_pausedAt;
        m_pausedAt = {};
    } else {
        m_stoppedAt = now();
    }
    m_state = State::Stopped;
    save();
}

void PracticeSession::tick() {
    if (m_state == State::Running) {
        const qint64 remaining = remainingMsecs();
        Alert due = Alert::None;
        if (remaining <= 0)
            due = Alert::TimeUp;
        else if (remaining <= warningMsecs)
            due = Alert::FiveMinutesLeft;
        // After a restart past both marks only the end is announced, not a stale five-minute warning.
        if (int(due) > int(m_alert)) {
            m_alert = due;
            save();
            Q_EMIT alert(due);
        }
    }
    Q_EMIT ticked();
}

void PracticeSession::setRequirementDone(int index, bool done) {
    if (m_state == State::Idle || index < 0 || isRequirementDone(index) == done)
        return;
    if (done) {
        m_requirementsDone << index;
        std::sort(m_requirementsDone.begin(), m_requirementsDone.end());
    } else {
        m_requirementsDone.removeAll(index);
    }
    save();
}

bool PracticeSession::record(AttemptLog &log, AttemptRating rating, const QString &note) {
    if (m_state == State::Idle)
        return false;
    stop();
    Attempt attempt;
    attempt.taskId = m_taskId;
    attempt.startedAt = m_startedAt;
    attempt.usedSecs = elapsedMsecs() / 1000;
    attempt.minutes = m_minutes;
    attempt.rating = rating;
    attempt.note = note.trimmed();
    attempt.requirementsDone = m_requirementsDone;
    if (!log.append(attempt))
        return false;
    discard();
    return true;
}

void PracticeSession::discard() {
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    m_taskId.clear();
    m_minutes = 0;
    m_startedAt = m_pausedAt = m_stoppedAt = {};
    m_pausedMsecs = 0;
    m_alert = Alert::None;
    m_requirementsDone.clear();
    save();
}

} // namespace goprep::core
