// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace goprep::fuzz {

// Why `html` is not what MarkdownRenderer may produce, or an empty string when it is: every tag and attribute
// is one the renderer writes, attribute values are double-quoted without raw '<', '>' or '"', text holds no
// raw '<' or '>', and no href or src is a URL a browser would run (javascript:, vbscript:, data:, file:, even
// when hidden behind control characters, tabs or line breaks, which browsers strip).
QString unsafeHtml(const QString &html);

} // namespace goprep::fuzz
