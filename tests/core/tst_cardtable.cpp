// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardsearchmodel.h"
#include "cardtablemodel.h"
#include "fsrs.h"
#include "guide.h"
#include "markdowntext.h"
#include "reviewstore.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace goprep::core;

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 6, 30), QTime(10, 0), QTimeZone::utc());

CardState reviewState(double stability, double difficulty, int daysSinceReview, int daysUntilDue) {
    CardState s;
    s.phase = CardPhase::Review;
    s.stability = stability;
    s.difficulty = difficulty;
    s.lastReview = kNow.addDays(-daysSinceReview);
    s.due = kNow.addDays(daysUntilDue);
    s.reps = 4;
    s.lapses = 1;
    return s;
}

} // namespace

class TestCardTable final : public QObject {
    Q_OBJECT
    Guide m_guide;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ReviewStore> m_store;
    FsrsScheduler m_scheduler;

    std::unique_ptr<CardTableModel> makeModel() {
        return std::make_unique<CardTableModel>(m_guide, m_store.get(), &m_scheduler, [] { return kNow; });
    }
    static QString text(const CardTableModel &model, int row, int column) {
        return model.data(model.index(row, column)).toString();
    }
    static QStringList visibleIds(const QAbstractItemModel &model) {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(CardTableModel::CardIdRole).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_guide = Guide::loadBuiltIn();
        QVERIFY(m_guide.cards().size() > 100);
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"cards.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<ReviewStore>(m_settings.get());
    }

    void cleanup() {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void textLines_dropMarkupAndKeepOneLinePerBlock() {
        QCOMPARE(markdownTextLines(u"Go has no `public` **keyword** &amp; [a link](x)."_s),
                 QStringList{u"Go has no public keyword & a link."_s});
        QCOMPARE(markdownTextLines(u"Why\nsoft-wrapped?\n\n```go\nfunc f() {}\n\nvar x  int\n```\n"_s),
                 (QStringList{u"Why soft-wrapped?"_s, u"func f() {}"_s, u"var x int"_s}));
        QCOMPARE(markdownTextLines(u"- one\n- two"_s), (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(markdownTextLines(u"# Title\n\nBody"_s), (QStringList{u"Title"_s, u"Body"_s}));
        QVERIFY(markdownTextLines(QString()).isEmpty());
    }

    void rows_listEveryGuideCardInOrderThenCardsOnlyTheStoreKnows() {
        QVERIFY(m_store->setState(u"p99-gone"_s, reviewState(3.0, 5.0, 1, 2)));
        const auto model = makeModel();
        QCOMPARE(model->rowCount(), m_guide.cards().size() + 1);
        QCOMPARE(model->columnCount(), int(CardTableModel::ColumnCount));
        for (int i = 0; i < m_guide.cards().size(); ++i)
            QCOMPARE(model->cardId(i), m_guide.cards().at(i).id);
        const int last = model->rowCount() - 1;
        QCOMPARE(model->cardId(last), u"p99-gone"_s);
        QVERIFY(model->isRemoved(last));
        QVERIFY(!model->isRemoved(0));
        QCOMPARE(text(*model, last, CardTableModel::QuestionColumn), u"p99-gone"_s);
        QCOMPARE(text(*model, last, CardTableModel::PartColumn), u"removed from the guide"_s);
        QCOMPARE(text(*model, last, CardTableModel::StateColumn), u"review"_s);
        QCOMPARE(model->rowOf(u"p99-gone"_s), last);
        QCOMPARE(model->rowOf(u"no-such-card"_s), -1);
    }

    void question_isTheFirstLineOfPlainText() {
        const auto model = makeModel();
        const int exported = model->rowOf(u"p01-exported-names"_s);
        QCOMPARE(
            text(*model, exported, CardTableModel::QuestionColumn),
            u"Go has no public/private/protected keywords. What decides whether an identifier is visible "
            "outside its package?"_s);
        QCOMPARE(text(*model, exported, CardTableModel::PartColumn), u"Part 1 — Language Fundamentals"_s);
        QCOMPARE(text(*model, exported, CardTableModel::LevelColumn), u"Mid"_s);
        // A question followed by a code block shows only its first line.
        const int leak = model->rowOf(u"p06-goroutine-leak"_s);
        QCOMPARE(text(*model, leak, CardTableModel::QuestionColumn),
                 u"How does this function leak a goroutine, and how do you make it safe?"_s);
        QVERIFY(model->data(model->index(leak, CardTableModel::QuestionColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(u"func waitFor"_s));
    }

    void columns_showTheStoredSchedule() {
        const QString id = u"p01-exported-names"_s;
        QVERIFY(m_store->setState(id, reviewState(12.345, 5.26, 3, 9)));
        const auto model = makeModel();
        const int row = model->rowOf(id);
        const QLocale locale;
        QCOMPARE(text(*model, row, CardTableModel::StateColumn), u"review"_s);
        QCOMPARE(text(*model, row, CardTableModel::DueColumn),
                 locale.toString(kNow.addDays(9).toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(text(*model, row, CardTableModel::StabilityColumn), locale.toString(12.3, 'f', 1));
        QCOMPARE(text(*model, row, CardTableModel::DifficultyColumn), locale.toString(5.3, 'f', 1));
        QCOMPARE(text(*model, row, CardTableModel::RepsColumn), u"4"_s);
        QCOMPARE(text(*model, row, CardTableModel::LapsesColumn), u"1"_s);
        // Three whole days after the last review, at stability 12.345.
        const double r = m_scheduler.currentRetrievability(m_store->state(id), kNow);
        QVERIFY(r > 0.9 && r < 0.99);
        QCOMPARE(
            model->data(model->index(row, CardTableModel::RetrievabilityColumn), CardTableModel::SortRole)
                .toDouble(),
            r);
        QCOMPARE(text(*model, row, CardTableModel::RetrievabilityColumn),
                 locale.toString(r * 100, 'f', 0) + locale.percent());

        // A new card has no schedule to show.
        const int fresh = model->rowOf(u"p01-iota-enums"_s);
        QCOMPARE(text(*model, fresh, CardTableModel::StateColumn), u"new"_s);
        QVERIFY(text(*model, fresh, CardTableModel::DueColumn).isEmpty());
        QVERIFY(text(*model, fresh, CardTableModel::StabilityColumn).isEmpty());
        QVERIFY(text(*model, fresh, CardTableModel::RetrievabilityColumn).isEmpty());
        QVERIFY(
            !model->data(model->index(fresh, CardTableModel::DueColumn), CardTableModel::SortRole).isValid());
    }

    void recallNow_usesTheExactTimeSinceTheLastReview() {
        // Stability is the time after which recall falls to 90%: 60 hours after a review at 2.5 days, not
        // the 2 whole days the scheduler counts.
        CardState s = reviewState(2.5, 5.0, 0, 1);
        s.lastReview = kNow.addSecs(-60 * 3600);
        QVERIFY(m_store->setState(u"p01-iota-enums"_s, s));
        const auto model = makeModel();
        const QModelIndex index =
            model->index(model->rowOf(u"p01-iota-enums"_s), CardTableModel::RetrievabilityColumn);
        QVERIFY(qAbs(index.data(CardTableModel::SortRole).toDouble() - 0.9) < 1e-12);
        QCOMPARE(index.data().toString(), QLocale().toString(90) + QLocale().percent());
        QVERIFY(m_scheduler.retrievability(s, kNow) > 0.9); // the whole-day figure would read higher
    }

    void stateColumn_namesEveryState_data() {
        QTest::addColumn<int>("phase");
        QTest::addColumn<bool>("suspended");
        QTest::addColumn<QString>("name");
        QTest::newRow("learning") << int(CardPhase::Learning) << false << u"learning"_s;
        QTest::newRow("review") << int(CardPhase::Review) << false << u"review"_s;
        QTest::newRow("relearning") << int(CardPhase::Relearning) << false << u"relearning"_s;
        QTest::newRow("suspended review") << int(CardPhase::Review) << true << u"suspended"_s;
        QTest::newRow("suspended new") << int(CardPhase::New) << true << u"suspended"_s;
    }

    void stateColumn_namesEveryState() {
        QFETCH(int, phase);
        QFETCH(bool, suspended);
        QFETCH(QString, name);
        CardState s = CardPhase(phase) == CardPhase::New ? CardState{} : reviewState(2.0, 5.0, 1, 1);
        s.phase = CardPhase(phase);
        s.suspended = suspended;
        QVERIFY(m_store->setState(u"p01-iota-enums"_s, s));
        const auto model = makeModel();
        QCOMPARE(text(*model, model->rowOf(u"p01-iota-enums"_s), CardTableModel::StateColumn), name);
    }

    void storeChanges_updateTheRow() {
        const auto model = makeModel();
        const QString id = m_guide.cards().at(5).id;
        const int row = model->rowOf(id);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_store->setSuspended(id, true));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(text(*model, row, CardTableModel::StateColumn), u"suspended"_s);
        QVERIFY(m_store->resetCard(id));
        QCOMPARE(text(*model, row, CardTableModel::StateColumn), u"new"_s);
        QCOMPARE(model->rowCount(), m_guide.cards().size()); // guide cards never leave the table
    }

    void removedCard_leavesTheTableWhenReset_andAppearsWhenStored() {
        const auto model = makeModel();
        const int guideRows = model->rowCount();
        QVERIFY(m_store->setState(u"p99-gone"_s, reviewState(3.0, 5.0, 1, 2)));
        QCOMPARE(model->rowCount(), guideRows + 1);
        QCOMPARE(model->rowOf(u"p99-gone"_s), guideRows);
        QVERIFY(m_store->resetCard(u"p99-gone"_s));
        QCOMPARE(model->rowCount(), guideRows);
        QCOMPARE(model->rowOf(u"p99-gone"_s), -1);
        QCOMPARE(model->rowOf(m_guide.cards().last().id), guideRows - 1);
    }

    void search_matchesEveryWordInQuestionAnswerOrId_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("expected");
        QTest::newRow("answer text") << u"idle STEALS work"_s << u"p06-work-stealing-syscalls"_s;
        QTest::newRow("any order and case") << u"SAFE leak FUNCTION"_s << u"p06-goroutine-leak"_s;
        QTest::newRow("code in the question") << u"waitFor"_s << u"p06-goroutine-leak"_s;
        QTest::newRow("id") << u"p01-exported-NAMES"_s << u"p01-exported-names"_s;
    }

    void search_matchesEveryWordInQuestionAnswerOrId() {
        QFETCH(QString, search);
        QFETCH(QString, expected);
        const auto model = makeModel();
        CardSearchModel proxy;
        proxy.setSourceModel(model.get());
        proxy.setSearchText(search);
        const QStringList ids = visibleIds(proxy);
        QVERIFY2(ids.contains(expected), qPrintable(ids.join(u", "_s)));
        QVERIFY2(ids.size() < 5, qPrintable(ids.join(u", "_s)));
    }

    void search_takesSpecialCharactersLiterally_andEmptyShowsAll() {
        const auto model = makeModel();
        CardSearchModel proxy;
        proxy.setSourceModel(model.get());
        proxy.setSearchText(u"(.*"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(u"runtime.GOMAXPROCS(n)"_s);
        QCOMPARE(visibleIds(proxy), QStringList{u"p06-gmp-model"_s});
        proxy.setSearchText(u"   "_s);
        QCOMPARE(proxy.rowCount(), model->rowCount());
        proxy.setSearchText(u"zzzz-nothing-like-this"_s);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sort_usesNaturalValues_withNewCardsLast() {
        const QString soon = m_guide.cards().at(10).id;
        const QString later = m_guide.cards().at(3).id;
        const QString suspended = m_guide.cards().at(7).id;
        QVERIFY(m_store->setState(soon, reviewState(2.0, 7.0, 1, 1)));
        QVERIFY(m_store->setState(later, reviewState(40.0, 3.0, 5, 30)));
        CardState s = reviewState(9.0, 5.0, 2, 3);
        s.suspended = true;
        QVERIFY(m_store->setState(suspended, s));
        const auto model = makeModel();
        CardSearchModel proxy;
        proxy.setSourceModel(model.get());

        proxy.sort(CardTableModel::DueColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(proxy).mid(0, 3), (QStringList{soon, suspended, later}));
        proxy.sort(CardTableModel::StabilityColumn, Qt::DescendingOrder);
        QCOMPARE(visibleIds(proxy).mid(0, 3), (QStringList{later, suspended, soon}));
        proxy.sort(CardTableModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(visibleIds(proxy).first(), suspended);
        // By part is the guide's own order; no sort column is the same.
        proxy.sort(CardTableModel::PartColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(proxy).mid(0, 12), visibleIds(*model).mid(0, 12));
        proxy.sort(-1);
        QCOMPARE(visibleIds(proxy), visibleIds(*model));
    }
};

QTEST_GUILESS_MAIN(TestCardTable)
#include "tst_cardtable.moc"
