// SPDX-License-Identifier: GPL-3.0-or-later
// Check boxes and radio buttons must stand out from what is around them on a dark palette too.
#include "appearance.h"
#include "indicatorstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QPainter>
#include <QRadioButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using goprep::ui::IndicatorStyle;

namespace {

QPalette darkPalette() {
    return goprep::ui::Appearance::darkPalette();
}

// An indicator drawn alone on a background of `around`, as in a list (Base) or a dialog (Window).
QImage indicator(QStyle &style, QStyle::PrimitiveElement element, const QPalette &palette,
                 QPalette::ColorRole around, bool checked = false, QStyle::State extra = {}) {
    const int side =
        style.pixelMetric(element == QStyle::PE_IndicatorCheckBox ? QStyle::PM_IndicatorWidth
                                                                  : QStyle::PM_ExclusiveIndicatorWidth);
    QImage image(side + 8, side + 8, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(around));
    QStyleOptionButton option;
    option.palette = palette;
    option.rect = QRect(4, 4, side, side);
    option.state = QStyle::State_Enabled | (checked ? QStyle::State_On : QStyle::State_Off) | extra;
    QPainter painter(&image);
    style.drawPrimitive(element, &option, &painter);
    return image;
}

// The largest difference in lightness between any pixel of the image and the background.
int strongestEdge(const QImage &image, const QColor &background) {
    int strongest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            strongest =
                std::max(strongest, std::abs(QColor(image.pixel(x, y)).lightness() - background.lightness()));
    }
    return strongest;
}

// Enough for an outline to be seen at a glance; Fusion's own on this palette differs by 15-17 at most.
constexpr int kVisible = 60;

} // namespace

class TestIndicatorStyle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uncheckedIndicators_standOutOnADarkPalette_data() {
        QTest::addColumn<QStyle::PrimitiveElement>("element");
        QTest::addColumn<QPalette::ColorRole>("around");
        QTest::newRow("check box in a list") << QStyle::PE_IndicatorCheckBox << QPalette::Base;
        QTest::newRow("check box in a dialog") << QStyle::PE_IndicatorCheckBox << QPalette::Window;
        QTest::newRow("radio button in a dialog") << QStyle::PE_IndicatorRadioButton << QPalette::Window;
    }
    void uncheckedIndicators_standOutOnADarkPalette() {
        QFETCH(QStyle::PrimitiveElement, element);
        QFETCH(QPalette::ColorRole, around);
        IndicatorStyle style;
        const QPalette palette = darkPalette();
        const QImage image = indicator(style, element, palette, around);
        QVERIFY2(strongestEdge(image, palette.color(around)) >= kVisible,
                 qPrintable(u"strongest edge %1"_s.arg(strongestEdge(image, palette.color(around)))));
    }

    void lightPalette_isPlainFusion() {
        IndicatorStyle style;
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_s));
        const QPalette light = fusion->standardPalette();
        for (const auto element : {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorRadioButton}) {
            for (const bool checked : {false, true}) {
                QCOMPARE(indicator(style, element, light, QPalette::Base, checked),
                         indicator(*fusion, element, light, QPalette::Base, checked));
            }
        }
    }

    void keyboardFocus_keepsFusionsHighlightedEdge() {
        IndicatorStyle style;
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_s));
        const QPalette palette = darkPalette();
        const QStyle::State focus = QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
        for (const auto element : {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorRadioButton}) {
            QCOMPARE(indicator(style, element, palette, QPalette::Window, false, focus),
                     indicator(*fusion, element, palette, QPalette::Window, false, focus));
        }
    }

    void checklistRows_drawTheirBoxesThroughTheStyle() {
        // Item views draw their check boxes as PE_IndicatorItemViewItemCheck, which Fusion hands back to the
        // style as a check box: the outline must arrive there too.
        QApplication::setStyle(new IndicatorStyle); // as main() puts it in place
        QWidget window;
        window.setPalette(darkPalette());
        auto *list = new QListWidget(&window);
        list->setGeometry(0, 0, 200, 60);
        auto *item = new QListWidgetItem(u"I can explain slices"_s, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        window.resize(200, 60);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage shot = list->viewport()->grab().toImage();
        const QRect row = list->visualItemRect(item);
        // The box sits at the row's start, before the text.
        const QImage start = shot.copy(row.left(), row.top(), row.height(), row.height());
        QVERIFY(strongestEdge(start, darkPalette().color(QPalette::Base)) >= kVisible);
    }

    void installIfFusion_replacesFusionOnly() {
        QApplication::setStyle(QStyleFactory::create(u"fusion"_s));
        IndicatorStyle::installIfFusion();
        QVERIFY(qobject_cast<IndicatorStyle *>(QApplication::style()));
        QApplication::setStyle(QStyleFactory::create(u"windows"_s));
        IndicatorStyle::installIfFusion();
        QVERIFY(!qobject_cast<IndicatorStyle *>(QApplication::style()));
    }
};

QTEST_MAIN(TestIndicatorStyle)
#include "tst_indicatorstyle.moc"
