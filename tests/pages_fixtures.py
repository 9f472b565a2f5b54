"""Literal sources of one invented story (a crane collapse) and two pages that are not articles, shared by the
document filter's tests (tests/summarize/test_pages.py, tests/cli/test_not_summarised_cli.py)."""

from __future__ import annotations

from newsbrief import Article

REPORTS = [
    Article(
        id="wire",
        title="Harbor crane collapses in Port Alden",
        text=(
            "A container crane collapsed at the Port Alden harbor on Tuesday morning, injuring three dock workers "
            "and halting traffic at the busiest terminal on the coast.\n\n"
            "The harbor authority said the 60-metre crane buckled while lifting a loaded container shortly after "
            "7 a.m., and that the three injured workers were taken to Alden General Hospital.\n\n"
            "Two of the workers were released by the afternoon, according to a hospital spokeswoman, while the "
            "third remained in stable condition with a broken leg.\n\n"
            "Harbor director Mina Okafor said inspectors had examined the crane in March and found no fault. "
            '"We will find out what happened, and we will not reopen the terminal until we know," she said.\n\n'
            "Shipping companies were told to expect delays of up to a week as vessels are diverted to the "
            "smaller north terminal."
        ),
    ),
    Article(
        id="local",
        title="Three hurt as crane falls at Port Alden",
        text=(
            "Three dock workers were hurt when a crane fell at Port Alden's main container terminal on Tuesday.\n\n"
            "Witnesses said the crane's boom folded as it raised a container, and the structure came down across "
            "two empty berths.\n\n"
            "Harbor director Mina Okafor told reporters that the terminal would stay closed while inspectors "
            "examine the wreckage and the maintenance records of the crane.\n\n"
            "The dock workers' union said it had warned the harbor authority about the age of the terminal's "
            "cranes last year, a claim the authority disputed.\n\n"
            "Ships bound for the terminal are being sent to the north terminal, which handles about a third of "
            "the port's containers."
        ),
    ),
    Article(
        id="business",
        title="Crane collapse closes Port Alden terminal",
        text=(
            "The collapse of a container crane at Port Alden on Tuesday closed the port's main terminal and left "
            "three workers injured, the harbor authority said.\n\n"
            "Freight forwarders warned that the closure could delay deliveries across the region for a week or "
            "more, as the north terminal cannot take the largest vessels.\n\n"
            "Harbor director Mina Okafor said the crane had passed an inspection in March. An investigation into "
            "the cause is under way.\n\n"
            "Shares in the terminal's operator fell 4 percent in afternoon trading."
        ),
    ),
]

ERROR_PAGE = Article(
    id="error",
    text=(
        "Sorry, the page you were looking for could not be found.\n"
        "Home\nNews\nSport\nWeather\n"
        "If you typed the address, check your spelling.\n"
        "Try our search or go back to the home page.\n"
        "© 2024 All rights reserved."
    ),
)
PROMO_PAGE = Article(
    id="promo",
    text=(
        "Shop now!\nGet 20% off your first order\nFree shipping on orders over $50\n"
        "Sign up for our newsletter and never miss a deal.\nYour cart is empty\nLog in\nMy account\n"
        "Terms\nPrivacy\nHelp"
    ),
)
