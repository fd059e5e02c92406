// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"
#include "reviewlogentry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

// The text of a card state and of a review-log entry, shared by the settings file (card states, and the log
// of older files) and the review journal. Fields are separated by ';' and numbers are plain decimal, so a
// value reads back exactly and is still legible in a text editor.
namespace goprep::core::reviewcodec {

inline constexpr char separator = ';';

// Anything outside these bounds is a damaged value rather than a real schedule.
inline constexpr double maxStability = 36500.0; // days
inline constexpr double maxDifficulty = 10.0;
inline constexpr int maxStep = 1000;
inline constexpr int maxCount = 10'000'000;  // reps, lapses
inline constexpr qint64 maxDays = 1'000'000; // elapsed and scheduled days of a log entry
// Sequence numbers of the review log: far beyond any real count, far below where adding one overflows.
inline constexpr qint64 maxSeq = 1'000'000'000'000'000;
// Dates before 2000-01-01 or after 2300-01-01 UTC, in milliseconds since the epoch.
qint64 earliestMsecs();
qint64 latestMsecs();

// Why a state could not be a real schedule (e.g. "bad stability"); empty when it is usable.
QString stateProblem(const CardState &state);
// The same for a log entry, including its `before` state.
QString entryProblem(const ReviewLogEntry &entry);
// phase;stability;difficulty;step;dueMsecs;lastMsecs;reps;lapses;suspended
inline constexpr qsizetype stateFieldCount = 9;
// cardId;timeMsecs;rating;phaseBefore;stabilityBefore;difficultyBefore;elapsedDays;scheduledDays;stepBefore;
// dueBeforeMsecs;lastBeforeMsecs;repsBefore;lapsesBefore
inline constexpr qsizetype entryFieldCount = 13;

QByteArray encodeState(const CardState &state);
// Without the sequence number, which the key (settings file) or the line (journal) carries.
QByteArray encodeEntry(const ReviewLogEntry &entry);

// Each returns an empty string when the text is a usable value, otherwise why it is not ("bad stability").
// `out` is only changed on success.
QString decodeState(QByteArrayView text, CardState &out);
QString decodeEntry(QByteArrayView text, ReviewLogEntry &out);
// The same from fields already split: `fields` holds stateFieldCount or entryFieldCount views.
QString decodeStateFields(const QByteArrayView *fields, CardState &out);
// Card ids already checked, by their UTF-8 text, so a log of many answers about few cards makes one string
// per card. The viewed bytes must outlive the cache.
using IdCache = QHash<QByteArrayView, QString>;
QString decodeEntryFields(const QByteArrayView *fields, ReviewLogEntry &out, IdCache *ids = nullptr);

// Splits `text` at ';' into at most `max` views; returns the number of fields, or max + 1 when there are
// more (the views beyond `max` are not filled).
qsizetype split(QByteArrayView text, QByteArrayView *fields, qsizetype max);
// A sequence number (1 to maxSeq); false for anything else.
bool parseSeq(QByteArrayView text, qint64 &out);

// An id usable as a settings key and a journal field: not empty, at most 200 characters, no '/', '\', ';',
// control characters, or surrounding spaces.
bool isStorableId(const QString &cardId);

} // namespace goprep::core::reviewcodec
