// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace goprep::core {

class Guide;

struct SearchResult {
    enum class Kind { Section, Card, Checklist };

    Kind kind = Kind::Section;
    QString id;        // the section, card or checklist item
    QString chapterId; // the chapter the result opens in
    QString sectionId; // the section it opens: the section itself, a card's section, an item's first section
    QString title;     // plain text: a section's title, a card's question, a checklist item's text
    QString snippet;   // HTML: escaped plain text around the first match, matched words in <b>
    QString highlight; // plain text to highlight in the reader once it shows the section
    int score = 0;
};

// Full-text search over the guide's sections, flashcards and checklist, fast enough to run on every
// keystroke. A query is split at spaces into words; a document matches when every word starts a word of
// its title or text (case-insensitive), so "ctx.done" finds "ctx.Done()", "-race" finds "go test -race"
// and "valu" finds "values". Punctuation inside a word is kept: Go identifiers are matched as typed.
// Results rank documents whose title holds the words first, then by how much and how early they match.
class SearchIndex final {
public:
    explicit SearchIndex(const Guide &guide);
    Q_DISABLE_COPY_MOVE(SearchIndex)

    // The best `limit` results, best first; none for a query with no words.
    QList<SearchResult> search(QStringView query, qsizetype limit = 50) const;
    qsizetype documentCount() const { return m_documents.size(); }
    // The words of a query as the index matches them (lower case, sentence punctuation trimmed).
    static QStringList queryWords(QStringView query);

private:
    // Titles and texts live in one string each (original and lower case, same positions), so a word is
    // looked up once for the whole guide instead of once per document.
    struct Document {
        SearchResult::Kind kind = SearchResult::Kind::Section;
        QString id;
        QString chapterId;
        QString sectionId;
        qsizetype titleStart = 0;
        qsizetype titleEnd = 0;
        qsizetype textStart = 0;
        qsizetype textEnd = 0;
    };
    // Every position where a word starts, sorted by the text that follows it: the words of a query are
    // found by binary search (a suffix array over word starts).
    struct WordStart {
        qint32 position = 0;
        qint32 document = 0;
        quint64 head = 0; // the first four characters, so most comparisons while sorting are one integer's
    };
    struct Term;
    struct Hits;

    void add(SearchResult::Kind kind, const QString &id, const QString &chapterId, const QString &sectionId,
             const QString &title, const QString &text);
    void sortWordStarts();
    void collect(const Term &term, qsizetype termIndex, qsizetype termCount, QList<Hits> &hits) const;
    QString snippet(const Document &document, const QList<Term> &terms, qsizetype first) const;
    QStringView title(const Document &document) const;
    QStringView text(const Document &document) const;

    QString m_original;
    QString m_folded;
    QList<Document> m_documents;
    QList<qsizetype> m_documentStarts; // titleStart of each document, for finding a position's document
    QList<WordStart> m_wordStarts;
};

} // namespace goprep::core
