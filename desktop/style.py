"""The app's look: warm neutrals around the kraft-paper boards."""

STYLE_SHEET = """
QMainWindow#mainWindow { background: #f4f1ec; }
QToolBar#mainToolbar { background: #f4f1ec; border: none; border-bottom: 1px solid #ddd5c8; spacing: 4px;
    padding: 3px 6px; }
QToolBar#mainToolbar QToolButton { padding: 4px 8px; border-radius: 5px; color: #2b1d12; }
QToolBar#mainToolbar QToolButton:hover { background: #e7dfd2; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 6px 12px; color: #5a4632; background: transparent; border: none;
    border-bottom: 2px solid transparent; }
QTabBar::tab:selected { color: #2b1d12; border-bottom: 2px solid #a0522d; font-weight: 600; }
QTabBar::tab:disabled { color: #b5a897; }
QFrame#gallerySidebar { background: #ebe4d9; border-right: 1px solid #ddd5c8; }
QWidget#galleryContent { background: #f8f6f2; }
QLabel#brand { font-size: 24px; font-weight: 700; color: #6b3e1f; }
QLabel#tagline, QLabel#muted { color: #7a6a58; }
QLabel#pageTitle { font-size: 22px; font-weight: 700; color: #2b1d12; }
QLabel#methodTitle { font-size: 17px; font-weight: 700; color: #6b3e1f; margin-top: 6px; }
QLabel#stepTitle { font-size: 13px; font-weight: 600; color: #5a4632; margin-top: 4px; }
QLabel#sectionTitle { font-weight: 600; color: #5a4632; }
QFrame#templateCard { background: white; border: 1px solid #e0d7c9; border-radius: 8px; }
QFrame#templateCard:hover { border: 1px solid #a0522d; }
QLabel#cardTitle { font-weight: 700; color: #2b1d12; }
QLabel#cardPaper { color: #a0522d; font-size: 11px; font-weight: 600; }
QLabel#cardQuestion { color: #5a4632; font-style: italic; font-size: 11px; }
QLabel#cardDescription { color: #7a6a58; font-size: 11px; }
QLabel#cardOrigin { color: #a0522d; font-size: 11px; }
QLabel#libraryProblem { color: #8a2c12; background: #fbeee6; border: 1px solid #e8c6b3; border-radius: 5px;
    padding: 6px 8px; }
QPushButton { padding: 6px 12px; border-radius: 5px; border: 1px solid #cdbfa9; background: #fbfaf7; color: #2b1d12; }
QPushButton:hover { background: #f0e9de; }
QPushButton#primaryButton { background: #a0522d; color: white; border: 1px solid #8a4424; font-weight: 600; }
QPushButton#primaryButton:hover { background: #8a4424; }
QPushButton:disabled { color: #a89b8a; background: #f1ece4; border: 1px solid #e0d7c9; }
QPushButton#primaryButton:disabled { color: #f4e9e1; background: #cfa58f; border: 1px solid #c29079; }
QPushButton:focus, QToolButton:focus { border: 2px solid #1565c0; }
QFrame#templateCard:focus { border: 2px solid #1565c0; }
QToolButton#dotButton { font-size: 15px; font-weight: 700; padding: 0px; }
QListWidget#recentList { background: transparent; border: none; }
QDockWidget::title { padding: 5px 8px; background: #ebe4d9; color: #2b1d12; font-weight: 600; }
QStatusBar { background: #ebe4d9; color: #5a4632; }
"""
