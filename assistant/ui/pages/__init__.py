"""Page scripts run by `st.navigation` (file pages, so `AppTest.switch_page` can open them)."""
