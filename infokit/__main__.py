from infokit.cli import main

raise SystemExit(main())
