"""The Gradio chat front end: built in its own issue (see the README). For now it says so."""
import sys

if __name__ == "__main__":
    sys.exit("app.py: the browser front end is not built yet; use `qa ask \"QUESTION\"` meanwhile.")
