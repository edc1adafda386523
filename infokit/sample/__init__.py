"""Fictional students: complete or partial projects, the same for the same seed.

``sample_project(seed)`` builds one; ``write_sample(folder, seed)`` saves it as a
workspace. :mod:`infokit.sample.build` puts a project together from the parts
drawn by :mod:`~infokit.sample.people`, :mod:`~infokit.sample.questions`,
:mod:`~infokit.sample.meeting` and :mod:`~infokit.sample.reflection`, every choice
made by one seeded :class:`~infokit.sample.draw._Draw`; :mod:`~infokit.sample.partial`
stops a project partway.
"""

from infokit.sample.build import partial_steps, sample_fields, sample_project, write_sample

__all__ = ["partial_steps", "sample_fields", "sample_project", "write_sample"]
