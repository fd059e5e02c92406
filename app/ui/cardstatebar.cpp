// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstatebar.h"

#include "chartcolors.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr int kBarHeight = 14;
constexpr int kSpacing = 6;
} // namespace

CardStateBar::CardStateBar(QWidget *parent)
    : QWidget(parent) {
    setObjectName(u"cardStateBar"_s);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Flashcards by state"));
}

void CardStateBar::setCounts(const core::CardStateCounts &counts) {
    m_counts = counts;
    setToolTip(tr("New %1 · learning %2 · young %3 · mature %4 (interval of 21 days or more)")
                   .arg(counts.newCards)
                   .arg(counts.learning)
                   .arg(counts.young)
                   .arg(counts.mature));
    update();
}

QSize CardStateBar::sizeHint() const {
    return {320, kBarHeight + kSpacing + fontMetrics().height() + 2};
}

QSize CardStateBar::minimumSizeHint() const {
    return {200, sizeHint().height()};
}

void CardStateBar::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const struct {
        int count;
        QColor colour;
        QString label;
    } segments[] = {
        {m_counts.newCards, chartcolors::newCards(), tr("New")},
        {m_counts.learning, chartcolors::learning(), tr("Learning")},
        {m_counts.young, chartcolors::young(), tr("Young")},
        {m_counts.mature, chartcolors::mature(), tr("Mature")},
    };
    const QRectF bar(0.5, 0.5, width() - 1.0, kBarHeight);
    QPainterPath clip;
    clip.addRoundedRect(bar, 4, 4);
    p.setClipPath(clip);
    QColor track = pal.color(QPalette::Text);
    track.setAlphaF(0.10f);
    p.fillRect(bar, track);
    const int total = m_counts.total();
    double x = bar.left();
    for (const auto &segment : segments) {
        if (total == 0 || segment.count == 0)
            continue;
        const double w = bar.width() * segment.count / total;
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), segment.colour);
        x += w;
    }
    p.setClipping(false);

    // Legend: a swatch and "New 412" per state, on one line.
    const QFontMetrics fm = fontMetrics();
    int lx = 0;
    const int ly = kBarHeight + kSpacing;
    const int swatch = fm.ascent() - 2;
    for (const auto &segment : segments) {
        p.setPen(Qt::NoPen);
        p.setBrush(segment.colour);
        p.drawRoundedRect(QRectF(lx, ly + (fm.height() - swatch) / 2.0, swatch, swatch), 2, 2);
        lx += swatch + 4;
        const QString text = u"%1 %2"_s.arg(segment.label).arg(segment.count);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPoint(lx, ly + fm.ascent()), text);
        lx += fm.horizontalAdvance(text) + 12;
    }
}

} // namespace goprep::ui
