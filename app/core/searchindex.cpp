// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"
#include "guide.h"
#include "logging.h"
#include "markdowntext.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

constexpr qsizetype maxTerms = 8;   // more words add cost and no precision
constexpr qsizetype keyLength = 32; // characters the word starts are sorted by; longer words are verified
constexpr qsizetype snippetLength = 160; // characters of plain text
constexpr qsizetype snippetLead = 40;    // of which before the first match
constexpr int countCap = 8;              // occurrences of a word in a text that still add to the score

bool isWordChar(QChar c) {
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    return c.isLetterOrNumber();
}

// Lower case one UTF-16 unit at a time, so positions in the folded text are positions in the original.
QString fold(QStringView text) {
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        out[i] = c.isSurrogate() ? c : c.toLower();
    }
    return folded;
}

// A word starts after a non-word character, or at a camel-case hump ("Group" in "WaitGroup").
bool startsWord(QStringView original, QStringView folded, qsizetype pos) {
    return pos == 0 || !isWordChar(folded[pos - 1]) ||
           (original[pos - 1].isLower() && original[pos].isUpper());
}

bool endsWord(QStringView original, QStringView folded, qsizetype end) {
    return end >= folded.size() || !isWordChar(folded[end]) ||
           (original[end - 1].isLower() && original[end].isUpper());
}

} // namespace

struct SearchIndex::Term {
    QString text;         // folded
    bool anchored = true; // starts with a word character, so it must start a word of the text
    bool wordEnd = true;  // ends with a word character, so a whole-word match can be told apart
};

// How one word of the query matches one document.
struct SearchIndex::Hits {
    qsizetype first = -1; // first match in the text, relative to the text's start
    int count = 0;        // matches in the text, up to countCap
    int whole = 0;        // of which whole words, up to countCap
    bool inTitle = false;
    bool wholeInTitle = false;
};

QStringList SearchIndex::queryWords(QStringView query) {
    // Sentence punctuation around a word is not part of it; inside a word ("ctx.Done()") it is.
    static const QString leading = u"\"'`“‘«"_s;
    static const QString trailing = u"\"'`”’»,;:!?."_s;
    QStringList words;
    const QString simplified = query.toString().simplified();
    for (QStringView word : QStringView(simplified).split(u' ', Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && leading.contains(word.front()))
            word = word.sliced(1);
        while (!word.isEmpty() && trailing.contains(word.back()))
            word.chop(1);
        if (!word.isEmpty())
            words << fold(word);
        if (words.size() == maxTerms)
            break;
    }
    return words;
}

SearchIndex::SearchIndex(const Guide &guide) {
    QElapsedTimer timer;
    timer.start();
    for (const Chapter &chapter : guide.chapters()) {
        const QStringList parts = markdownTextByHeading(chapter.markdown);
        if (parts.size() != chapter.sections.size() + 1)
            qCWarning(lcSearch) << "chapter" << chapter.id << "has" << chapter.sections.size()
                                << "sections but its Markdown has" << parts.size() - 1 << "headings";
        for (qsizetype i = 0; i < chapter.sections.size(); ++i) {
            const Section &section = chapter.sections.at(i);
            add(SearchResult::Kind::Section, section.id, chapter.id, section.id, section.title,
                i + 1 < parts.size() ? parts.at(i + 1) : QString());
        }
    }
    for (const Card &card : guide.cards()) {
        if (card.chapterId.isEmpty())
            continue; // a card without a known section has nowhere to open; the content tests flag it
        add(SearchResult::Kind::Card, card.id, card.chapterId, card.sectionId, markdownToText(card.question),
            markdownToText(card.answer));
    }
    for (const ChecklistItem &item : guide.checklist()) {
        const QString sectionId =
            item.sectionIds.isEmpty() ? QString() : guide.currentId(item.sectionIds.first());
        if (const Chapter *chapter = guide.chapterOfSection(sectionId))
            add(SearchResult::Kind::Checklist, item.id, chapter->id, sectionId, markdownToText(item.text),
                {});
    }
    m_folded = fold(m_original);
    sortWordStarts();
    qCDebug(lcSearch) << "indexed" << m_documents.size() << "documents," << m_wordStarts.size() << "words, in"
                      << timer.elapsed() << "ms";
}

void SearchIndex::add(SearchResult::Kind kind, const QString &id, const QString &chapterId,
                      const QString &sectionId, const QString &title, const QString &text) {
    // Title and text are separated by a line break, which no query word holds, so no match spans both.
    Document document{kind, id, chapterId, sectionId};
    document.titleStart = m_original.size();
    m_original += title;
    document.titleEnd = m_original.size();
    m_original += u'\n';
    document.textStart = m_original.size();
    m_original += text;
    document.textEnd = m_original.size();
    m_original += u'\n';
    m_documentStarts << document.titleStart;
    m_documents << document;
}

void SearchIndex::sortWordStarts() {
    const QStringView original(m_original);
    const QStringView folded(m_folded);
    qint32 document = -1;
    for (qsizetype pos = 0; pos < folded.size(); ++pos) {
        while (document + 1 < m_documentStarts.size() && m_documentStarts.at(document + 1) <= pos)
            ++document;
        if (!isWordChar(folded[pos]) || !startsWord(original, folded, pos))
            continue;
        // Big-endian, zero-padded: integer order is the order of the first four characters.
        quint64 head = 0;
        for (qsizetype i = 0; i < 4; ++i)
            head = head << 16 | (pos + i < folded.size() ? folded[pos + i].unicode() : 0u);
        m_wordStarts.append({qint32(pos), document, head});
    }
    const auto key = [folded](qint32 pos) {
        return folded.sliced(pos, std::min(keyLength, folded.size() - pos));
    };
    std::sort(m_wordStarts.begin(), m_wordStarts.end(), [&key](const WordStart &a, const WordStart &b) {
        return a.head != b.head ? a.head < b.head : key(a.position).compare(key(b.position)) < 0;
    });
}

QStringView SearchIndex::title(const Document &document) const {
    return QStringView(m_original).sliced(document.titleStart, document.titleEnd - document.titleStart);
}

QStringView SearchIndex::text(const Document &document) const {
    return QStringView(m_original).sliced(document.textStart, document.textEnd - document.textStart);
}

void SearchIndex::collect(const Term &term, qsizetype termIndex, qsizetype termCount,
                          QList<Hits> &hits) const {
    const QStringView original(m_original);
    const QStringView folded(m_folded);
    const qsizetype length = term.text.size();
    const auto record = [&](qsizetype pos, qsizetype documentIndex) {
        const Document &document = m_documents.at(documentIndex);
        Hits &hit = hits[documentIndex * termCount + termIndex];
        const bool whole = !term.wordEnd || endsWord(original, folded, pos + length);
        if (pos < document.titleEnd) {
            hit.inTitle = true;
            hit.wholeInTitle = hit.wholeInTitle || whole;
            return;
        }
        const qsizetype at = pos - document.textStart;
        if (hit.first < 0 || at < hit.first)
            hit.first = at;
        hit.count = std::min(hit.count + 1, countCap);
        hit.whole = std::min(hit.whole + (whole ? 1 : 0), countCap);
    };

    if (!term.anchored) { // "-race", "<-ch": rare, so a plain scan of the whole guide is cheap enough
        for (qsizetype pos = folded.indexOf(term.text); pos >= 0; pos = folded.indexOf(term.text, pos + 1)) {
            const auto next = std::upper_bound(m_documentStarts.cbegin(), m_documentStarts.cend(), pos);
            record(pos, next - m_documentStarts.cbegin() - 1);
        }
        return;
    }
    const QStringView key = QStringView(term.text).first(std::min(length, keyLength));
    const auto prefixAt = [folded, n = key.size()](qint32 pos) {
        return folded.sliced(pos, std::min(n, folded.size() - pos));
    };
    const auto begin = std::lower_bound(
        m_wordStarts.cbegin(), m_wordStarts.cend(), key,
        [&prefixAt](const WordStart &word, QStringView k) { return prefixAt(word.position).compare(k) < 0; });
    const auto end =
        std::upper_bound(begin, m_wordStarts.cend(), key, [&prefixAt](QStringView k, const WordStart &word) {
            return k.compare(prefixAt(word.position)) < 0;
        });
    for (auto it = begin; it != end; ++it) {
        if (length > keyLength && !folded.sliced(it->position).startsWith(term.text))
            continue;
        record(it->position, it->document);
    }
}

QList<SearchResult> SearchIndex::search(QStringView query, qsizetype limit) const {
    const QStringList words = queryWords(query);
    if (words.isEmpty() || limit <= 0)
        return {};
    QList<Term> terms;
    terms.reserve(words.size());
    for (const QString &word : words)
        terms.append({word, isWordChar(word.front()), isWordChar(word.back())});
    const qsizetype termCount = terms.size();
    QList<Hits> hits(m_documents.size() * termCount);
    for (qsizetype t = 0; t < termCount; ++t)
        collect(terms.at(t), t, termCount, hits);
    const QString phrase = termCount > 1 ? words.join(u' ') : QString();

    struct Candidate {
        qsizetype document = 0;
        int score = 0;
        qsizetype first =
            -1; // where the snippet starts looking: the phrase, else the first match in the text
        bool phraseInText = false;
    };
    QList<Candidate> candidates;
    for (qsizetype d = 0; d < m_documents.size(); ++d) {
        const Document &document = m_documents.at(d);
        const Hits *hit = hits.constData() + d * termCount;
        int titleTerms = 0;
        int titleWhole = 0;
        qsizetype titleChars = 0;
        int textScore = 0;
        qsizetype first = -1;
        bool matches = true;
        for (qsizetype t = 0; t < termCount && matches; ++t) {
            matches = hit[t].inTitle || hit[t].count > 0;
            titleTerms += hit[t].inTitle ? 1 : 0;
            titleWhole += hit[t].wholeInTitle ? 1 : 0;
            titleChars += hit[t].inTitle ? terms.at(t).text.size() : 0;
            textScore += 4 * hit[t].count + 4 * hit[t].whole;
            if (hit[t].first >= 0 && (first < 0 || hit[t].first < first))
                first = hit[t].first;
        }
        if (!matches)
            continue;
        const qsizetype titleLength = document.titleEnd - document.titleStart;
        const QStringView foldedText =
            QStringView(m_folded).sliced(document.textStart, document.textEnd - document.textStart);
        const bool phraseInTitle =
            !phrase.isEmpty() &&
            QStringView(m_folded).sliced(document.titleStart, titleLength).contains(phrase);
        const qsizetype phraseAt = phrase.isEmpty() ? -1 : foldedText.indexOf(phrase);
        // Tiers: every word in the title, some words in the title, none. Within a tier: sections (what the
        // guide teaches) before cards and checklist items, the phrase as typed, how much of the title the
        // query covers, whole words, then how often and how early the text matches.
        const auto termTotal = int(termCount);
        const int tier = titleTerms == termTotal ? 2 : titleTerms > 0 ? 1 : 0;
        int score = tier * 1'000'000 + titleTerms * 20'000;
        score += document.kind == SearchResult::Kind::Section ? 6'000 : 0;
        score += phraseInTitle ? 5'000 : 0;
        if (titleLength > 0)
            score += int(3'000 * std::min(titleChars, titleLength) / titleLength);
        score += titleWhole * 500;
        score += phraseAt >= 0 ? 300 : 0;
        score += textScore;
        if (first >= 0)
            score += int(std::max<qsizetype>(0, 100 - first / 20));
        candidates.append({d, score, phraseAt >= 0 ? phraseAt : first, phraseAt >= 0});
    }

    const qsizetype count = std::min(limit, candidates.size());
    // Equal scores keep reading order: the index holds documents in the guide's order.
    std::partial_sort(candidates.begin(), candidates.begin() + count, candidates.end(),
                      [](const Candidate &a, const Candidate &b) {
                          return a.score != b.score ? a.score > b.score : a.document < b.document;
                      });

    // The reader's find highlights one string: the query as typed when the text holds it, else its
    // longest word, the most telling one.
    const QString longestWord = *std::max_element(
        words.cbegin(), words.cend(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    QList<SearchResult> results;
    results.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Candidate &candidate = candidates.at(i);
        const Document &document = m_documents.at(candidate.document);
        results.append({document.kind, document.id, document.chapterId, document.sectionId,
                        title(document).toString(), snippet(document, terms, candidate.first),
                        candidate.phraseInText ? phrase : longestWord, candidate.score});
    }
    return results;
}

QString SearchIndex::snippet(const Document &document, const QList<Term> &terms, qsizetype first) const {
    // A checklist item is all title; its snippet shows the item with the words marked.
    const bool fromTitle = document.textEnd == document.textStart;
    const qsizetype offset = fromTitle ? document.titleStart : document.textStart;
    const qsizetype size = fromTitle ? document.titleEnd - offset : document.textEnd - offset;
    const QStringView text = QStringView(m_original).sliced(offset, size);
    const QStringView folded = QStringView(m_folded).sliced(offset, size);
    if (text.isEmpty())
        return {};
    if (fromTitle || first < 0)
        first = 0;

    qsizetype start = 0;
    if (first > snippetLead) {
        start = first - snippetLead;
        // Begin at a word, not inside one.
        if (const qsizetype space = text.indexOf(u' ', start); space >= 0 && space < first)
            start = space + 1;
    }
    qsizetype end = std::min(text.size(), start + snippetLength);
    if (end < text.size()) {
        if (const qsizetype space = text.lastIndexOf(u' ', end); space > first)
            end = space;
    }

    // The matched words inside the window, merged where they overlap.
    QList<std::pair<qsizetype, qsizetype>> marks;
    const QStringView window = folded.first(end);
    for (const Term &term : terms) {
        for (qsizetype pos = window.indexOf(term.text, start); pos >= 0;
             pos = window.indexOf(term.text, pos + term.text.size())) {
            if (!term.anchored || startsWord(text, folded, pos))
                marks.append({pos, std::min(pos + term.text.size(), end)});
        }
    }
    std::sort(marks.begin(), marks.end());

    QString html;
    if (start > 0)
        html += u"… "_s;
    qsizetype at = start;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        auto [from, to] = marks.at(i);
        if (to <= at)
            continue;
        from = std::max(from, at);
        while (i + 1 < marks.size() && marks.at(i + 1).first <= to)
            to = std::max(to, marks.at(++i).second);
        html += text.sliced(at, from - at).toString().toHtmlEscaped();
        html += u"<b>"_s + text.sliced(from, to - from).toString().toHtmlEscaped() + u"</b>"_s;
        at = to;
    }
    html += text.sliced(at, end - at).toString().toHtmlEscaped();
    if (end < text.size())
        html += u" …"_s;
    return html;
}

} // namespace goprep::core
