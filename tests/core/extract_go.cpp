// SPDX-License-Identifier: GPL-3.0-or-later
// Writes every Go block of the content (guide and decks) that is not marked "go fragment" to DIR, in two
// forms: as top-level declarations (N.decl.go) and as statements inside a function (N.stmt.go).
// check_go_blocks.cmake then requires one of the two to parse with gofmt.
#include "guide.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Block {
    QString origin;
    QString code;
};

void collect(const QString &origin, const QString &markdown, QList<Block> &blocks) {
    const QStringList lines = markdown.split(u'\n');
    QString info;
    QStringList code;
    bool inFence = false;
    int start = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (!trimmed.startsWith(u"```"_s)) {
            if (inFence)
                code << lines.at(i);
            continue;
        }
        if (!inFence) {
            inFence = true;
            info = trimmed.mid(3).trimmed();
            code.clear();
            start = int(i + 1);
        } else {
            inFence = false;
            if (info == u"go"_s)
                blocks.append({u"%1 (line %2)"_s.arg(origin).arg(start), code.join(u'\n')});
        }
    }
}

bool write(const QString &path, const QString &text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

} // namespace

int main(int argc, char **argv) {
    if (argc != 3) {
        std::fputs("usage: goprep_extract_go CONTENT_DIR OUT_DIR\n", stderr);
        return 2;
    }
    const auto guide = goprep::core::Guide::loadFromDirectory(QString::fromLocal8Bit(argv[1]));
    const QString out = QString::fromLocal8Bit(argv[2]);
    QDir(out).removeRecursively();
    QDir().mkpath(out);
    QList<Block> blocks;
    for (const auto &chapter : guide.chapters())
        collect(u"chapter "_s + chapter.id, chapter.markdown, blocks);
    for (const auto &card : guide.cards()) {
        collect(u"card "_s + card.id + u" question"_s, card.question, blocks);
        collect(u"card "_s + card.id + u" answer"_s, card.answer, blocks);
    }
    QString index;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        const bool hasPackage = block.code.trimmed().startsWith(u"package "_s);
        const QString decl = hasPackage ? block.code : u"package p\n\n"_s + block.code + u'\n';
        const QString stmt = u"package p\n\nfunc _() {\n"_s + block.code + u"\n}\n"_s;
        if (!write(u"%1/%2.decl.go"_s.arg(out).arg(i), decl) ||
            !write(u"%1/%2.stmt.go"_s.arg(out).arg(i), stmt))
            return 1;
        index += u"%1;%2\n"_s.arg(i).arg(block.origin);
    }
    write(out + u"/index.txt"_s, index);
    std::printf("%lld Go blocks written\n", qlonglong(blocks.size()));
    return blocks.isEmpty() ? 1 : 0;
}
