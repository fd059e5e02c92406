// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using goprep::core::Guide;

class TestGuide final : public QObject {
    Q_OBJECT
    Guide m_guide;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_guide = Guide::loadBuiltIn();
    }

    void builtInContent_hasNoProblems() { QCOMPARE(m_guide.problems(), QStringList()); }

    void chapters_areIntroductionPartsAndReferences() {
        const auto &chapters = m_guide.chapters();
        QCOMPARE(chapters.size(), 24);
        QCOMPARE(chapters.first().id, u"introduction"_s);
        QCOMPARE(chapters.last().id, u"references"_s);
        for (int part = 1; part <= 22; ++part) {
            QCOMPARE(chapters.at(part).partNumber, part);
            QVERIFY2(chapters.at(part).title.startsWith(u"Part %1 — "_s.arg(part)),
                     qPrintable(chapters.at(part).title));
        }
    }

    void ids_areSlugsAndUnique() {
        static const QRegularExpression slug(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        QSet<QString> seen;
        for (const auto &chapter : m_guide.chapters()) {
            for (const auto &section : chapter.sections) {
                QVERIFY2(slug.match(section.id).hasMatch(), qPrintable(section.id));
                QVERIFY2(!seen.contains(section.id), qPrintable(section.id));
                seen.insert(section.id);
            }
        }
        QSet<QString> cards;
        for (const auto &card : m_guide.cards()) {
            QVERIFY2(!cards.contains(card.id), qPrintable(card.id));
            cards.insert(card.id);
        }
        QSet<QString> items;
        for (const auto &item : m_guide.checklist())
            items.insert(item.id);
        QCOMPARE(items.size(), m_guide.checklist().size());
    }

    void guideQuestions_areAllFiftyTwo() {
        int part12 = 0;
        int part19 = 0;
        for (const auto &card : m_guide.cards()) {
            if (!card.fromGuide)
                continue;
            part12 += card.chapterId == u"grpc-with-go"_s;
            part19 += card.chapterId == u"common-interview-questions-with-tight-answers"_s;
        }
        QCOMPARE(part12, 8);
        QCOMPARE(part19, 44);
    }

    void cards_haveQuestionAnswerAndKnownSection() {
        QVERIFY(m_guide.cards().size() >= 150);
        for (const auto &card : m_guide.cards()) {
            QVERIFY2(!card.question.isEmpty() && !card.answer.isEmpty(), qPrintable(card.id));
            QVERIFY2(m_guide.section(card.sectionId), qPrintable(card.id + u" -> "_s + card.sectionId));
            if (!card.topicId.isEmpty())
                QVERIFY2(m_guide.section(card.topicId), qPrintable(card.id + u" -> "_s + card.topicId));
        }
    }

    void everySectionOfTheTeachingParts_hasACard() {
        QSet<QString> taught;
        for (const auto &card : m_guide.cards())
            taught.insert(card.sectionId);
        for (const auto &chapter : m_guide.chapters()) {
            const bool teaching =
                (chapter.partNumber >= 1 && chapter.partNumber <= 18) || chapter.partNumber == 20;
            if (!teaching)
                continue;
            for (const auto &section : chapter.sections) {
                if (section.level == 2)
                    QVERIFY2(taught.contains(section.id), qPrintable(section.id));
            }
        }
    }

    void checklistAndTasks_matchTheGuide() {
        QCOMPARE(m_guide.checklist().size(), 26);
        for (const auto &item : m_guide.checklist()) {
            QVERIFY(!item.sectionIds.isEmpty());
            for (const QString &id : item.sectionIds)
                QVERIFY2(m_guide.section(id), qPrintable(item.id + u" -> "_s + id));
        }
        QCOMPARE(m_guide.tasks().size(), 10);
        for (int i = 0; i < 10; ++i) {
            const auto &task = m_guide.tasks().at(i);
            QCOMPARE(task.number, i + 1);
            QVERIFY(task.minutes > 0);
            QVERIFY(!task.requirements.isEmpty());
            if (!task.referenceSectionId.isEmpty())
                QVERIFY2(m_guide.section(task.referenceSectionId), qPrintable(task.referenceSectionId));
            for (const QString &id : task.sectionIds)
                QVERIFY2(m_guide.section(id), qPrintable(task.id + u" -> "_s + id));
        }
        QStringList withReference;
        for (const auto &task : m_guide.tasks())
            if (!task.referenceSectionId.isEmpty())
                withReference << QString::number(task.number);
        QCOMPARE(withReference, QStringList({u"6"_s, u"7"_s, u"8"_s}));
    }

    void codeBlocks_haveKnownLanguages() {
        static const QSet<QString> known = {u"go"_s,  u"go fragment"_s, u"bash"_s, u"protobuf"_s,
                                            u"sql"_s, u"text"_s,        u"http"_s};
        static const QRegularExpression fence(u"^\\s*```(.*)$"_s, QRegularExpression::MultilineOption);
        auto check = [](const QString &where, const QString &markdown) -> QString {
            bool opening = true;
            for (auto it = fence.globalMatch(markdown); it.hasNext();) {
                const QString info = it.next().captured(1).trimmed();
                if (opening && !known.contains(info))
                    return where + u": unknown fence '"_s + info + u'\'';
                opening = !opening;
            }
            return QString();
        };
        int blocks = 0;
        for (const auto &chapter : m_guide.chapters()) {
            blocks += int(chapter.markdown.count(u"```"_s)) / 2;
            const QString problem = check(chapter.id, chapter.markdown);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (const auto &card : m_guide.cards()) {
            const QString problem = check(card.id, card.question + u'\n' + card.answer);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QVERIFY(blocks >= 100);
    }

    void correctionOfSlicesSorted_isPresent() {
        const auto *chapter = m_guide.chapter(u"slices-maps-and-memory-traps"_s);
        QVERIFY(chapter);
        QVERIFY(chapter->markdown.contains(u"slices.Sorted(maps.Keys(a))"_s));
        QVERIFY(chapter->markdown.contains(u"> **Correction (Go 1.23):**"_s));
    }

    void gluedText_isRepaired() {
        QString all;
        for (const auto &chapter : m_guide.chapters())
            all += chapter.markdown;
        QVERIFY(!all.contains(u"validatorencoding"_s));
        QVERIFY(!all.contains(u"shutdownsignal"_s));
        QVERIFY(!all.contains(u"[]bytestring"_s));
    }

    void renames_mapOldIdsToNewOnes() {
        // The loader must honour content/renames.txt; an unknown id maps to itself.
        QCOMPARE(m_guide.currentId(u"no-such-id"_s), u"no-such-id"_s);
        QVERIFY(!m_guide.section(u"no-such-id"_s));
    }

    void midLevelTrack_followsHowToUseThisGuide() {
        QVERIFY(m_guide.isMidLevelChapter(u"language-fundamentals"_s));
        QVERIFY(m_guide.isMidLevelChapter(u"testing"_s));
        QVERIFY(!m_guide.isMidLevelChapter(u"system-design-for-go-roles"_s));
        QVERIFY(!m_guide.isMidLevelChapter(u"performance-profiling-and-the-gc"_s));
    }
};

QTEST_GUILESS_MAIN(TestGuide)
#include "tst_guide.moc"
