# SPDX-License-Identifier: GPL-2.0-or-later
# unix.mk — being a well-behaved Unix citizen: the config file reader,
# the manual page, shell completions, and their installation.

# The config file reader belongs to the CLI room's library.
libdokpamo_a_SOURCES += src/cli/config.c

# The manual page is man/dokpamo.1.in with the version substituted by
# configure (AC_CONFIG_FILES).
man_MANS = man/dokpamo.1

# Completions go where bash-completion and zsh look for them (configure:
# --with-bash-completion-dir, --with-zsh-completion-dir); the files are
# renamed on the way (dokpamo.bash -> dokpamo).
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
	LC_ALL=C $(AWK) -v splice=1 -f '$(srcdir)/man/keys-to-man.awk' '$(srcdir)/include/vocab.def' \
		'$(srcdir)/src/tui/keys.def' '$(srcdir)/man/dokpamo.1.in' > man-page.tmp
	mv man-page.tmp '$(srcdir)/man/dokpamo.1.in'

# After "make install" (distcheck runs it with a real prefix): the
# installed binary finds the installed dataset by itself.
installcheck-local:
	env -u DOKPAMO_DATA XDG_CONFIG_HOME=/nonexistent '$(DESTDIR)$(bindir)/dokpamo' --version | grep 'as of [0-9]'
	env -u DOKPAMO_DATA XDG_CONFIG_HOME=/nonexistent '$(DESTDIR)$(bindir)/dokpamo' list --format tsv > /dev/null

# An out-of-tree build (mkdir b && cd b && ../configure && make) runs on
# the source tree's dataset: data/ beside the binary is a link to it.
all-local: data-link
data-link:
	@if test ! -e data/consortia.json && test -f '$(srcdir)/data/consortia.json'; then \
		rm -f data && $(LN_S) '$(abs_srcdir)/data' data; fi
distclean-local: data-unlink
data-unlink:
	@if test -h data; then rm -f data; fi

# The licence texts and the m4/ directory autoreconf needs (the docs are
# listed in Makefile.am).
EXTRA_DIST += COPYING COPYING.CC-BY-4.0 m4/.keep

.PHONY: install-completions uninstall-completions update-man data-link data-unlink
