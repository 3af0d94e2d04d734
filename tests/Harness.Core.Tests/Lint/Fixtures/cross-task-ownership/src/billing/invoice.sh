#!/bin/sh
echo invoice
