"""python -m cleaner: the newsclean command."""
from .cli import main

if __name__ == "__main__":
    main()
