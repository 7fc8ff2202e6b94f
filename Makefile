# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test bench lint clean package translations

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

run: $(VENV)/.installed
	$(PY) main.py

test: $(VENV)/.installed
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(VENV)/.installed
	$(PY) -m bench

# The installed program: the onedir (build/dist/orglife) and the .deb (build/*.deb); see packaging/.
# DEB_COMPRESSION=gzip makes the .deb in seconds instead of minutes (CI); the release uses xz.
DEB_COMPRESSION ?= xz

$(VENV)/.installed-package: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[dev,package]'
	touch $@

package: $(VENV)/.installed-package
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/pyinstaller \
		packaging/orglife.spec
	ORGLIFE_DEB_COMPRESSION=$(DEB_COMPRESSION) $(PY) packaging/deb.py build/dist/orglife

# The English translation: lupdate gathers the UI's Chinese strings into the .ts (source language zh_CN),
# a translator fills the English (pyside6-linguist or an editor), lrelease compiles the .qm that is committed.
# The sources: every file of ui/, and the files of models/ and exports/ that mark words with QT_TRANSLATE_NOOP
# (models/words.py; contexts "vocabulary", "rules" …) for the UI to show translated.
TRANSLATION_SOURCES = $$(git ls-files 'ui/*.py') $$(git grep -l 'QT_TRANSLATE_NOOP(' -- 'models/*.py' 'exports/*.py')

translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate -source-language zh_CN -target-language en -no-obsolete -locations relative \
		$(TRANSLATION_SOURCES) -ts resources/i18n/orglife_en.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/orglife_en.ts -qm resources/i18n/orglife_en.qm

lint: $(VENV)/.installed
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
