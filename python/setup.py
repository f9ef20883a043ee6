"""Builds the native library with SwiftPM and bundles it in the package.

``pip install ./python`` (from the repository root) runs ``swift build -c release`` on this
folder's Package.swift, which refers to the root package by path, and copies the shared library
next to the Python modules.
"""

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = Path(__file__).resolve().parent
LIBRARY = "libSwiftAUCPython.so"


class BuildWithSwift(build_py):
    """build_py that first builds the Swift library and copies it into the package."""

    def run(self):
        subprocess.run(
            ["swift", "build", "-c", "release", "--package-path", str(HERE),
             "--product", "SwiftAUCPython"],
            check=True)
        built = HERE / ".build" / "release" / LIBRARY
        super().run()
        target = Path(self.build_lib) / "swift_auc" / LIBRARY
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)
        subprocess.run(["strip", "--strip-unneeded", str(target)], check=False)


try:
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # setuptools before 70
    from wheel.bdist_wheel import bdist_wheel


class AnyPythonWheel(bdist_wheel):
    """A wheel for any Python 3 on this platform: the library is loaded with ctypes and uses
    no Python C API."""

    def get_tag(self):
        _, _, platform = super().get_tag()
        return "py3", "none", platform


class NativeDistribution(Distribution):
    """A distribution whose wheel is tagged for this platform: it holds a native library."""

    def has_ext_modules(self):
        return True


setup(cmdclass={"build_py": BuildWithSwift, "bdist_wheel": AnyPythonWheel},
      distclass=NativeDistribution)
