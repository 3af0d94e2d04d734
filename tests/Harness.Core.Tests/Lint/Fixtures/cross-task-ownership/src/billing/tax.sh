#!/bin/sh
echo tax
