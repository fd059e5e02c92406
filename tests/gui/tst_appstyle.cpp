// SPDX-License-Identifier: GPL-3.0-or-later
// Check boxes and radio buttons must stand out from what is around them on a dark palette too.
#include "appearance.h"
#include "appstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QRadioButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using goprep::ui::AppStyle;

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

class TestAppStyle : public QObject {
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
        AppStyle style;
        const QPalette palette = darkPalette();
        const QImage image = indicator(style, element, palette, around);
        QVERIFY2(strongestEdge(image, palette.color(around)) >= kVisible,
                 qPrintable(u"strongest edge %1"_s.arg(strongestEdge(image, palette.color(around)))));
    }

    void lightPalette_isPlainFusion() {
        AppStyle style;
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
        AppStyle style;
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
        QApplication::setStyle(new AppStyle); // as main() puts it in place
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

    // The clear button and the overflow buttons get Fusion's own icons, only later: the same images, for each
    // direction.
    void deferredIcons_areFusionsIcons_data() {
        QTest::addColumn<QStyle::StandardPixmap>("which");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("clear, left to right") << QStyle::SP_LineEditClearButton << Qt::LeftToRight;
        QTest::newRow("clear, right to left") << QStyle::SP_LineEditClearButton << Qt::RightToLeft;
        QTest::newRow("menu bar overflow") << QStyle::SP_ToolBarHorizontalExtensionButton << Qt::LeftToRight;
        QTest::newRow("tool bar overflow") << QStyle::SP_ToolBarVerticalExtensionButton << Qt::LeftToRight;
    }
    void deferredIcons_areFusionsIcons() {
        QFETCH(QStyle::StandardPixmap, which);
        QFETCH(Qt::LayoutDirection, direction);
        AppStyle style;
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_s));
        QStyleOption option;
        option.direction = direction;
        const QIcon deferred = style.standardIcon(which, &option);
        const QIcon expected = fusion->standardIcon(which, &option);
        QVERIFY(!expected.isNull());
        QVERIFY(!deferred.isNull());
        for (const int size : {16, 24, 32}) {
            QCOMPARE(deferred.actualSize(QSize(size, size)), expected.actualSize(QSize(size, size)));
            QCOMPARE(deferred.pixmap(size).toImage(), expected.pixmap(size).toImage());
        }
        // A line edit's clear button shows it once there is text to clear.
        QApplication::setStyle(new AppStyle);
        QLineEdit edit;
        edit.setClearButtonEnabled(true);
        edit.setText(u"goroutine"_s);
        edit.resize(200, 30);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        const QImage shot = edit.grab().toImage();
        const QColor base = edit.palette().color(QPalette::Base);
        QVERIFY2(strongestEdge(shot.copy(shot.width() - 30, 0, 30, shot.height()), base) >= kVisible,
                 "no clear button drawn at the end of the line edit");
    }

    void installIfFusion_replacesFusionOnly() {
        QApplication::setStyle(QStyleFactory::create(u"fusion"_s));
        AppStyle::installIfFusion();
        QVERIFY(qobject_cast<AppStyle *>(QApplication::style()));
        QApplication::setStyle(QStyleFactory::create(u"windows"_s));
        AppStyle::installIfFusion();
        QVERIFY(!qobject_cast<AppStyle *>(QApplication::style()));
    }
};

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
