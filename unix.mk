# SPDX-License-Identifier: GPL-2.0-or-later
# unix.mk — being a well-behaved Unix citizen: the config file reader,
# the manual page, shell completions, and their installation.

# The config file reader belongs to the CLI room's library.
libdokpamo_a_SOURCES += src/cli/config.c

dist_man_MANS = man/dokpamo.1

# Completions go where bash-completion and zsh look for them; the files
# are renamed on the way (dokpamo.bash -> dokpamo).
bashcompdir = $(datadir)/bash-completion/completions
zshcompdir = $(datadir)/zsh/site-functions
EXTRA_DIST += completions/dokpamo.bash completions/_dokpamo man/keys-to-man.awk

install-data-local: install-completions
uninstall-local: uninstall-completions
install-completions:
	$(MKDIR_P) '$(DESTDIR)$(bashcompdir)' '$(DESTDIR)$(zshcompdir)'
	$(INSTALL_DATA) '$(srcdir)/completions/dokpamo.bash' '$(DESTDIR)$(bashcompdir)/dokpamo'
	$(INSTALL_DATA) '$(srcdir)/completions/_dokpamo' '$(DESTDIR)$(zshcompdir)/_dokpamo'
uninstall-completions:
	rm -f '$(DESTDIR)$(bashcompdir)/dokpamo' '$(DESTDIR)$(zshcompdir)/_dokpamo'

# The KEYS section of the manual page is generated from the browser's key
# table and the English of its words; tests/unix/man.sh fails when they
# disagree. Run after editing src/tui/keys.def or a HELP_ word of
# include/vocab.def:  make update-man
update-man:
	$(AWK) -v splice=1 -f '$(srcdir)/man/keys-to-man.awk' '$(srcdir)/include/vocab.def' \
		'$(srcdir)/src/tui/keys.def' \
		'$(srcdir)/man/dokpamo.1' > man-page.tmp
	mv man-page.tmp '$(srcdir)/man/dokpamo.1'

# After "make install" (distcheck runs it with a real prefix): the
# installed binary finds the installed dataset by itself.
installcheck-local:
	env -u DOKPAMO_DATA XDG_CONFIG_HOME=/nonexistent '$(DESTDIR)$(bindir)/dokpamo' --version | grep 'as of [0-9]'
	env -u DOKPAMO_DATA XDG_CONFIG_HOME=/nonexistent '$(DESTDIR)$(bindir)/dokpamo' list --format tsv > /dev/null

.PHONY: install-completions uninstall-completions update-man
