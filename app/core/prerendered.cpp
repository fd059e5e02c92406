// SPDX-License-Identifier: GPL-3.0-or-later
#include "prerendered.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace goprep::core::prerendered {

namespace {
QString resourcePath(const QString &relativePath) {
    return resourceFolder() + u'/' + relativePath;
}

std::optional<QString> readResource(const QString &relativePath) {
    if (relativePath.isEmpty())
        return std::nullopt;
    QFile file(resourcePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}
} // namespace

QString resourceFolder() {
    return u":/prerendered"_s;
}

QString codePath(const QString &code, const QString &language) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(language.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(code.toUtf8());
    return u"code/"_s + QString::fromLatin1(hash.result().toHex().left(32)) + u".html"_s;
}

QString codeThemePath(const QString &themeName) {
    if (themeName.isEmpty() || themeName.contains(u'/') || themeName.contains(u'\\') ||
        themeName.startsWith(u'.'))
        return {};
    return u"code-themes/"_s + themeName + u".css"_s;
}

std::optional<QString> highlightedCode(const QString &code, const QString &language) {
    return readResource(codePath(code, language));
}

std::optional<QString> codeThemeCss(const QString &themeName) {
    return readResource(codeThemePath(themeName));
}

bool hasCodeTheme(const QString &themeName) {
    const QString path = codeThemePath(themeName);
    return !path.isEmpty() && QFile::exists(resourcePath(path));
}

} // namespace goprep::core::prerendered
