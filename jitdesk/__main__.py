from jitdesk.cli import main

raise SystemExit(main())
