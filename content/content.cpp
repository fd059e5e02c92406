// SPDX-License-Identifier: GPL-3.0-or-later
// The content library is only resources; this translation unit gives the static library a body.
namespace goprep::content {
int resourceVersion() { return 1; }
} // namespace goprep::content
