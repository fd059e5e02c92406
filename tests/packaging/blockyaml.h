// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace goprep::tests {

// Reads the block subset of YAML that flatpak-builder manifests use: nested block mappings and
// sequences, plain and quoted scalars, comments. Anything outside that subset (flow collections,
// anchors, tags, block scalars, tab indentation, duplicate keys) is an error rather than a guess, so a
// check built on it cannot pass by misreading the file. Mappings become QVariantMap, sequences
// QVariantList, scalars QString.
class BlockYaml final {
public:
    struct Result {
        QVariant value;
        QString error; // "line N: what is wrong"; empty on success
    };

    static Result parse(const QString &text);

private:
    struct Line {
        int number = 0;
        int indent = 0;
        QString content;
    };

    explicit BlockYaml(QList<Line> lines);
    Q_DISABLE_COPY_MOVE(BlockYaml)

    QVariant parseBlock(int indent);
    QVariant parseMapping(int indent);
    QVariant parseSequence(int indent);
    QVariant parseValueAfterColon(int indent, const QString &rest);
    QString parseScalar(const QString &text, int lineNumber);
    void fail(int lineNumber, const QString &message);
    bool atEnd() const { return m_pos >= m_lines.size(); }

    QList<Line> m_lines;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace goprep::tests
