// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace goprep::core {
class Guide;
class PracticeSession;
} // namespace goprep::core

namespace goprep::ui {

// The running attempt in the status bar: task and time left, amber from five minutes left, red once the time
// is up. Hidden while no attempt is under way; a click asks to show the attempt.
class PracticeIndicator final : public QToolButton {
    Q_OBJECT
public:
    PracticeIndicator(const core::Guide &guide, const core::PracticeSession &session,
                      QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PracticeIndicator)

    enum class Level { Normal, Warning, Over };
    Level level() const { return m_level; }
    void refresh();

private:
    const core::Guide &m_guide;
    const core::PracticeSession &m_session;
    Level m_level = Level::Normal;
};

} // namespace goprep::ui
