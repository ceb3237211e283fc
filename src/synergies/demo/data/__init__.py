"""The demo data set: real organizations and real meetings of the chemicals-and-waste cluster.

Plain Python data, checked by hand against public sources (each event says which in ``checked``);
``synergies.demo.loader`` turns it into database rows through the services. See docs/demo-data.md.
"""
