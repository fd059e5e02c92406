// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureinliner.h"
#include "logging.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {
// Where the root element starts: after the XML declaration, comments and a DOCTYPE, which mean nothing inside
// HTML. -1 if the file ends first.
qsizetype rootStart(const QString &text) {
    qsizetype at = 0;
    while (true) {
        while (at < text.size() && text.at(at).isSpace())
            ++at;
        const QStringView rest = QStringView(text).sliced(at);
        QStringView end;
        if (rest.startsWith(u"<?"))
            end = u"?>";
        else if (rest.startsWith(u"<!--"))
            end = u"-->";
        else if (rest.startsWith(u"<!"))
            end = u">";
        else
            return at < text.size() ? at : -1;
        const qsizetype found = rest.indexOf(end);
        if (found < 0)
            return -1;
        at += found + end.size();
    }
}
} // namespace

FigureInliner::FigureInliner(QString directory)
    : m_directory(std::move(directory)) {}

QString FigureInliner::apply(const QString &html) {
    static const QString marker = u"<img src=\"figures/"_s;
    if (!html.contains(marker)) // most chapters have no figure
        return html;
    // MarkdownRenderer writes images exactly so, with both attribute values already escaped.
    static const QRegularExpression image(
        uR"re(<img src="figures/([A-Za-z0-9_-]+\.svg)" alt="([^"]*)">)re"_s);
    QString result;
    result.reserve(html.size());
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : image.globalMatch(html)) {
        const QString &element = svgElement(match.captured(1));
        if (element.isEmpty())
            continue;
        result += QStringView(html).sliced(done, match.capturedStart() - done);
        // The class lets the stylesheet size it like an image; role and label stand in for the alt text.
        result += u"<svg class=\"figure\" role=\"img\" aria-label=\""_s + match.captured(2) + u'"';
        result += QStringView(element).sliced(4); // after "<svg"
        done = match.capturedEnd();
    }
    result += QStringView(html).sliced(done);
    return result;
}

const QString &FigureInliner::svgElement(const QString &name) {
    if (const auto found = m_elements.constFind(name); found != m_elements.cend())
        return *found;
    QString element;
    QFile file(m_directory + u'/' + name);
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype start = rootStart(text);
        const qsizetype end = text.lastIndexOf(u"</svg>"_s);
        if (start >= 0 && end > start && QStringView(text).sliced(start).startsWith(u"<svg") &&
            (text.at(start + 4).isSpace() || text.at(start + 4) == u'>'))
            element = text.sliced(start, end + 6 - start);
    }
    if (element.isEmpty())
        qCWarning(lcContent) << "figure" << name << "cannot be shown inline; it stays an image";
    return *m_elements.insert(name, element);
}

} // namespace goprep::core
