"""``python -m newsbrief`` runs the command line."""

from newsbrief.cli import main

if __name__ == "__main__":
    main()
