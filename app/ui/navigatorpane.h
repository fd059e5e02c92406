// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace goprep::core {
class AppSettings;
class Guide;
class ReadingProgress;
} // namespace goprep::core

namespace goprep::ui {

// The chapter tree: parts and their sections, read state, a study-track selector and a title filter.
class NavigatorPane final : public QWidget {
    Q_OBJECT
public:
    enum class Track { All, Mid, Senior };

    NavigatorPane(const core::Guide &guide, core::ReadingProgress &progress, core::AppSettings &settings,
                  QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NavigatorPane)

    // Marks the section in view without emitting a navigation request.
    void setCurrent(const QString &chapterId, const QString &sectionId);
    QString currentId() const;
    Track track() const { return m_track; }
    void setTrack(Track track);
    void focusFilter();
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void sectionActivated(const QString &chapterId, const QString &sectionId);

private:
    void buildModel();
    void refreshChapter(const QString &chapterId);
    // The track in the box and the tree, without storing it: what setTrack() and the stored choice share.
    void showTrack(Track track);
    void applyTrack();
    void activate(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);

    const core::Guide &m_guide;
    core::ReadingProgress &m_progress;
    core::AppSettings &m_settings;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_trackBox = nullptr;
    Track m_track = Track::All;
    bool m_settingCurrent = false;
};

} // namespace goprep::ui
