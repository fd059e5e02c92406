// SPDX-License-Identifier: GPL-3.0-or-later
// What a user types is shown as typed: markup in it is never interpreted, wherever the text is shown as rich
// text (labels, tooltips, HTML the app builds). Every field that takes free text gets the same payload.
#include "appsettings.h"
#include "attemptlog.h"
#include "cardbrowserdialog.h"
#include "findbar.h"
#include "flashcardpane.h"
#include "guide.h"
#include "guitest.h"
#include "mainwindow.h"
#include "navigatorpane.h"
#include "readerview.h"
#include "readinesspane.h"
#include "searchpopup.h"
#include "searchresultmodel.h"
#include "taskspane.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace goprep;

namespace {

// Words no content has, so the search finds nothing and says what it looked for.
const QString payload = u"<script>alert('zqxv')</script><img src=x onerror=alert(1)><b>zqxv</b>"_s;

// What the user sees of `text` shown with `format`: Qt renders it as HTML when the format is rich text, or
// automatic and the text looks like markup (labels, tooltips).
struct Shown {
    QString plain;
    int images = 0;
};

Shown shown(const QString &text, Qt::TextFormat format) {
    Shown result;
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        result.plain = document.toPlainText();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                result.images += it.fragment().charFormat().isImageFormat() ? 1 : 0;
    } else {
        result.plain = text;
    }
    return result;
}

bool showsPayloadAsTyped(const QString &text, Qt::TextFormat format) {
    const Shown s = shown(text, format);
    return s.images == 0 && s.plain.contains(payload);
}

} // namespace

class TestUserText final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_guide = core::Guide::loadBuiltIn();
    }

    void searchQuery_isEchoedAsText() {
        core::AppSettings settings(m_dir.filePath(u"search.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        window.showSearch(payload);
        auto *status = window.searchPopup()->findChild<QLabel *>(u"searchStatus"_s);
        QVERIFY(status);
        QVERIFY2(status->text().contains(payload), qPrintable(status->text())); // it does echo the query
        QVERIFY2(showsPayloadAsTyped(status->text(), status->textFormat()), qPrintable(status->text()));
        // Results are drawn from HTML the app builds from the content, escaped but for the <b> of a match.
        window.showSearch(u"goroutine"_s);
        const ui::SearchResultModel *model = window.searchPopup()->model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString html = model->index(row, 0).data(ui::SearchResultModel::SnippetRole).toString();
            QCOMPARE(shown(html, Qt::RichText).images, 0);
            QVERIFY(!html.contains(u"<img"_s));
        }
    }

    void attemptNote_isShownAsTyped() {
        core::AppSettings settings(m_dir.filePath(u"note.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        window.showStudyTab(ui::MainWindow::StudyTab::Tasks);
        ui::TasksPane *pane = window.tasksPane();
        pane->showTask(m_guide.tasks().first().id);
        QTest::mouseClick(pane->startButton(), Qt::LeftButton);
        QTest::mouseClick(pane->stopButton(), Qt::LeftButton);
        QTest::mouseClick(pane->ratingButtons()->button(int(core::AttemptRating::Solved)), Qt::LeftButton);
        pane->noteEdit()->setText(payload);
        QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
        QTreeWidget *log = pane->attemptLog();
        QCOMPARE(log->topLevelItemCount(), 1);
        QTreeWidgetItem *item = log->topLevelItem(0);
        QCOMPARE(item->text(3), payload); // item text is always plain
        for (int column = 0; column < log->columnCount(); ++column) {
            if (const QString tip = item->toolTip(column); !tip.isEmpty())
                QVERIFY2(showsPayloadAsTyped(tip, Qt::AutoText), qPrintable(tip));
        }
        // Every label of the pane and the overview that mentions the note shows it as text.
        for (QWidget *area : {static_cast<QWidget *>(pane), static_cast<QWidget *>(window.readinessPane())}) {
            for (const QLabel *label : area->findChildren<QLabel *>()) {
                if (label->text().contains(u"zqxv"_s))
                    QVERIFY2(showsPayloadAsTyped(label->text(), label->textFormat()),
                             qPrintable(label->text()));
            }
        }
    }

    void filtersAndFind_takeMarkupAsText() {
        core::AppSettings settings(m_dir.filePath(u"filters.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        window.navigator()->filterEdit()->setText(payload);
        window.reader()->activateFind();
        window.reader()->findBar()->findChild<QLineEdit *>()->setText(payload);
        window.flashcardPane()->findChild<QAbstractButton *>(u"browseCardsButton"_s)->click();
        ui::CardBrowserDialog *browser = window.flashcardPane()->cardBrowser();
        QVERIFY(browser);
        browser->searchField()->setText(payload);
        // No label anywhere shows the text as markup.
        QList<QWidget *> areas{&window, browser};
        for (QWidget *area : areas) {
            for (const QLabel *label : area->findChildren<QLabel *>()) {
                if (label->text().contains(u"zqxv"_s))
                    QVERIFY2(showsPayloadAsTyped(label->text(), label->textFormat()),
                             qPrintable(label->text()));
            }
        }
        QCOMPARE(browser->searchField()->text(), payload);
    }
};

QTEST_MAIN(TestUserText)
#include "tst_usertext.moc"
