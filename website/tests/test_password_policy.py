"""Finding 6 of issue 14 (in part): staff passwords are at least 12 characters."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError


@pytest.mark.parametrize("password", ["Kort!2024", "elf-tekens1"])
def test_finding_6_passwords_shorter_than_12_characters_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_finding_6_a_long_passphrase_passes():
    validate_password("paard-batterij-nietje-correct")
