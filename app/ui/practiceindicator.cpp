// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceindicator.h"

#include "chartcolors.h"
#include "practicetext.h"

#include "guide.h"
#include "practicesession.h"

using namespace Qt::StringLiterals;

namespace goprep::ui {

PracticeIndicator::PracticeIndicator(const core::Guide &guide, const core::PracticeSession &session,
                                     QWidget *parent)
    : QToolButton(parent)
    , m_guide(guide)
    , m_session(session) {
    setObjectName(u"practiceIndicator"_s);
    setAutoRaise(true);
    setFocusPolicy(Qt::NoFocus);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(&session, &core::PracticeSession::changed, this, &PracticeIndicator::refresh);
    connect(&session, &core::PracticeSession::ticked, this, &PracticeIndicator::refresh);
    refresh();
}

void PracticeIndicator::refresh() {
    using State = core::PracticeSession::State;
    const State state = m_session.state();
    if (state == State::Idle) {
        setVisible(false);
        m_level = Level::Normal;
        return;
    }
    QString title = m_session.taskId();
    for (const core::CodingTask &task : m_guide.tasks()) {
        if (task.id == m_guide.currentId(m_session.taskId()))
            title = u"%1. %2"_s.arg(task.number)
                        .arg(fontMetrics().elidedText(QString(task.title).remove(u'`'), Qt::ElideRight,
                                                      fontMetrics().averageCharWidth() * 24));
    }
    const qint64 remaining = m_session.remainingMsecs();
    const QString clock = practicetext::clock(remaining);
    QString text;
    switch (state) {
    case State::Running:
        text = remaining >= 0 ? tr("%1: %2 left").arg(title, clock) : tr("%1: %2 over").arg(title, clock);
        break;
    case State::Paused:
        text = tr("%1: paused, %2 left").arg(title, remaining >= 0 ? clock : u"0:00"_s);
        break;
    case State::Stopped:
        text = tr("%1: rate your attempt").arg(title);
        break;
    case State::Idle:
        break;
    }
    setText(text);
    setToolTip(tr("The coding-task attempt under way. Click to show it."));
    m_level = state == State::Stopped                            ? Level::Normal
              : remaining <= 0                                   ? Level::Over
              : remaining <= core::PracticeSession::warningMsecs ? Level::Warning
                                                                 : Level::Normal;
    // A filled badge is the visual cue: it stays readable in light and dark because it sets both colours.
    QString style;
    if (m_level == Level::Warning)
        style = u"QToolButton{background:%1;color:#000;border-radius:3px;padding:0 6px;}"_s.arg(
            chartcolors::warning().name());
    else if (m_level == Level::Over)
        style = u"QToolButton{background:%1;color:#fff;border-radius:3px;padding:0 6px;}"_s.arg(
            chartcolors::over().name());
    if (styleSheet() != style)
        setStyleSheet(style);
    setVisible(true);
}

} // namespace goprep::ui
